using System.Diagnostics;
using System.Text;
using IdentityFabric.Catalog;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// Each class of bad catalog, through the built CLI as a separate process: exit 1, located problem lines naming the
/// field, every problem at once, and never a stack trace; <c>plan</c> on a refused catalog or stack plans nothing.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HostileInputProcessTests
{
    private static void AssertRefused(CliResult result)
    {
        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        PlanFailureTests.AssertNoTrace(result);
        Assert.That(result.Errors, Is.Not.Empty, result.ToString);
        Assert.That(result.ErrorLines.Where(l => ProblemLine.Parse(l) is null),
            Has.All.StartsWith("catalog invalid: ").Or.StartsWith("the identity catalog is invalid:"), "every other line is located");
    }

    private static ProblemLine Find(CliResult result, string file, string fragment) =>
        result.Errors.FirstOrDefault(p => p.File == file && p.Message.Contains(fragment, StringComparison.Ordinal))
        ?? throw new AssertionException($"no error in {file} containing '{fragment}':\n{result}");

    [Test]
    public async Task EmptyStringsAreRefusedEachAtItsLine()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("services.yaml", "  - name: orders-db", "  - name: \"\"")
            .Edit("identity.yaml", "path: /api/customers/me", "path: \"\"");
        var (secretLine, _) = scratch.PositionOf("services.yaml", "  - name: \"\"");
        var (pathLine, pathColumn) = scratch.PositionOf("identity.yaml", "path: \"\"");

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        var secret = Find(result, scratch.PathOf("services.yaml"), "must not be empty");
        Assert.That((secret.Line, secret.Message), Is.EqualTo((secretLine, "secrets[1].name: must not be empty (give a value, or remove the key)")));
        var path = Find(result, scratch.PathOf("identity.yaml"), "path: must not be empty");
        Assert.That((path.Line, path.Column), Is.EqualTo((pathLine, pathColumn + "path: ".Length)));
    }

    [Test]
    public async Task LookAlikeDigitsAndControlCharactersAreRefused()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("environments.yaml", "awsAccountId: \"111111111111\"", "awsAccountId: \"１１１１１１１１１１１１\"");
        scratch.Write("bell.yaml", "roles:\n  - { name: bell, description: \"Rings\\a.\", idpGroups: [bell] }\n");
        scratch.WriteBytes("latin1.yaml", [.. "roles:\n  - { name: caf, description: \"Caf"u8, 0xE9, .. ".\", idpGroups: [caf] }\n"u8]);

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        Assert.That(Find(result, scratch.PathOf("environments.yaml"), "awsAccountId").Message, Does.Contain("must be 12 ASCII digits"));
        Assert.That(Find(result, scratch.PathOf("bell.yaml"), "description").Message, Does.Contain("a control character (U+0007)"));
        var latin1 = Find(result, scratch.PathOf("latin1.yaml"), "invalid UTF-8");
        Assert.That((latin1.Line, latin1.Column), Is.EqualTo((2, 35)));
    }

    [Test]
    public async Task APresentButNullSectionIsAnErrorAtItsOwnLine()
    {
        using var scratch = ScratchCatalog.FromExample();
        scratch.Write("clients.yaml", "# machine clients come later\nmachineClients: ~\n");

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        var line = Find(result, scratch.PathOf("clients.yaml"), "has no value");
        Assert.That((line.Line, line.Column), Is.EqualTo((2, 1)));
    }

    [Test]
    public async Task ANamedPipeAndALinkLoopNeitherHangNorDuplicate()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes do not live in folders on Windows");
        }

        using var scratch = ScratchCatalog.FromExample();
        using (var mkfifo = Process.Start("mkfifo", [scratch.PathOf("pipe.yaml")]))
        {
            mkfifo.WaitForExit();
        }

        Directory.CreateDirectory(scratch.PathOf("nested"));
        File.CreateSymbolicLink(scratch.PathOf(Path.Combine("nested", "loop")), scratch.Root);

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        Assert.That(result.Errors.Select(e => (e.File, e.Message)), Is.EqualTo(new[]
        {
            (scratch.PathOf("pipe.yaml"), "a named pipe, not a regular file: only regular files are read"),
        }), "the loop loads nothing twice, so there is no duplicate");
    }

    [Test]
    public async Task ConflictsAreRefused()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("identity.yaml", "      prod: admin.example.com", "      prod: api.example.com")
            .Edit("identity.yaml", "methods: [GET, PUT]", "methods: []")
            .Edit("environments.yaml", "  - name: staging\n    awsAccountId: \"222222222222\"\n    awsRegion: eu-west-1", "  - name: staging\n    awsAccountId: \"222222222222\"\n    awsRegion: eu-west-9")
            .Edit("environments.yaml", "latticeServices: [catalog, inventory, notifications]", "latticeServices: [gateway, catalog, inventory, notifications]");

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        Find(result, scratch.PathOf("identity.yaml"), "hostname 'api.example.com' is already served by edge entry point 'public-api'");
        Find(result, scratch.PathOf("identity.yaml"), "an empty list would mean every method");
        Find(result, scratch.PathOf("environments.yaml"), "'eu-west-9' is not an AWS region");
        Find(result, scratch.PathOf("environments.yaml"), "service 'gateway' runs on VPC Lattice in environment 'prod' but calls 'orders', 'customers'");
        Assert.That(result.ErrorLines[^1], Does.StartWith("catalog invalid: 4 error(s)"), "every problem at once");
    }

    [Test]
    public async Task AnAliasedMistakeIsReportedAtTheAliasAndHexIntegersSayWhatFormIsExpected()
    {
        using var scratch = ScratchCatalog.FromExample();
        scratch.Write("more.yaml", """
            services:
              - name: extra
                protocol: http
                port: 0x1F91
                healthCheck: &checks { path: /h, interval: ten }
              - name: extra-two
                protocol: http
                port: 8080
                healthCheck: *checks
            """);

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        const string NotADuration = "'ten' is not a duration (write a whole number and a unit: ms, s, m, h or d, e.g. 30s, 8h, 7d)";
        var lines = result.Errors.Where(e => e.File == scratch.PathOf("more.yaml")).Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToList();
        Assert.That(lines, Is.EquivalentTo(new[]
        {
            "4:11: services[0].port: write the integer in decimal digits (0x1F91 is 8081)",
            $"5:48: services[0].healthCheck.interval: {NotADuration}",
            $"9:18: services[1].healthCheck.interval: {NotADuration} (in the value of anchor &checks at line 5)",
        }));
    }

    [Test]
    public async Task ACatalogOverTheSizeLimitGetsOneClearError()
    {
        using var scratch = ScratchCatalog.FromExample();
        var big = scratch.PathOf("zz-generated.yaml");
        using (var stream = File.Create(big))
        {
            stream.Write(Encoding.UTF8.GetBytes("# generated\n"));
            stream.SetLength(CatalogLoader.MaxCatalogBytes);
        }

        var result = await CliProcess.RunAsync(null, "validate", scratch.Root);

        AssertRefused(result);
        Assert.That(result.Errors.ToList(), Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].File, Is.EqualTo(big));
        Assert.That(result.Errors[0].Message, Does.StartWith("the catalog exceeds the size limit of 32 MiB"));
    }

    [Test]
    public async Task PlanOfAStackWhoseRegionDisagreesIsOneLineWithoutATrace()
    {
        using var project = new TempProject().WithStack("dev", "aws:region: us-east-1");

        var result = await CliProcess.RunAsync(project.Root, "plan", "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        PlanFailureTests.AssertNoTrace(result);
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1), result.ToString);
        Assert.That(result.Errors.Single().File, Is.EqualTo(project.Combine("Pulumi.dev.yaml")));
        Assert.That(result.Output, Is.Empty, "nothing is planned");
    }

    [Test]
    public async Task PlanOfAnInvalidCatalogPrintsItsProblemsAndPlansNothing()
    {
        var catalog = FabricPlans.CopyCatalog((name, text) => name == "identity.yaml"
            ? FabricPlans.ReplaceOnce(text, "        service: customers\n        roles: [customer]", "        service: \"\"\n        roles: [customer]")
            : text);
        using var project = new TempProject().WithStack("dev", $"identity-fabric:catalogPath: {catalog}");

        var result = await CliProcess.RunAsync(project.Root, "plan", "dev");

        AssertRefused(result);
        Find(result, Path.Combine(catalog, "identity.yaml"), "service: must not be empty");
        Assert.That(result.Output, Is.Empty, "nothing is planned");
    }
}
