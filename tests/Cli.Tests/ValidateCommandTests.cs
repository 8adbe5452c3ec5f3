using IdentityFabric.Catalog;
using IdentityFabric.Cli.Commands;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary><c>validate PATH...</c> run through the dispatcher: one line per problem, exit 1 on any error, and
/// never a stack trace, whatever the input.</summary>
[TestFixture]
public sealed class ValidateCommandTests
{
    private const string Summary = "catalog invalid: 1 error(s), 0 warning(s)";

    [Test]
    public void TheExampleCatalogValidatesCleanly()
    {
        var result = CliRun.Validate(RepositoryPaths.Combine("catalog"));

        Assert.That(result.Code, Is.Zero, result.ToString);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.Problems, Is.Empty, "the example catalog is the model: no errors and no warnings");
        Assert.That(result.OutputLines, Has.Count.EqualTo(1));
        Assert.That(result.OutputLines[0], Does.StartWith("catalog ok: 7 services, 11 routes"));
    }

    [Test]
    public void AMissingFileIsOneLineAndExitOne()
    {
        using var scratch = ScratchCatalog.Empty();
        var missing = scratch.PathOf("no-such-catalog.yaml");

        var result = CliRun.Validate(missing);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"{missing}:1:1: error: no such file or directory", Summary }));
        Assert.That(result.Output, Is.Empty);
    }

    [TestCase("", TestName = "AnEmptyFileIsOneLineAndExitOne")]
    [TestCase("\n  \n\n", TestName = "AFileOfBlankLinesIsOneLineAndExitOne")]
    [TestCase("# services come later\n", TestName = "AFileOfOnlyCommentsIsOneLineAndExitOne")]
    public void AnEmptyFileIsOneLineAndExitOne(string text)
    {
        using var scratch = ScratchCatalog.Empty();
        var file = scratch.Write("empty.yaml", text);

        var result = CliRun.Validate(file);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.ErrorLines, Has.Count.EqualTo(2), result.ToString);
        Assert.That(result.ErrorLines[0], Does.StartWith($"{file}:1:1: error: the file is empty"));
        Assert.That(result.ErrorLines[1], Is.EqualTo(Summary));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void AYamlSyntaxErrorIsOneLineWithItsLineAndColumn()
    {
        // A second ': ' inside a plain value is a syntax error at that colon, in the middle of the file.
        using var scratch = ScratchCatalog.Empty();
        var file = scratch.Write("services.yaml",
            "services:\n  - name: orders\n    protocol: http\n    timeout: 15s: 20s\n    port: 8080\n");
        var (line, column) = scratch.PositionOf("services.yaml", "15s: 20s");

        var result = CliRun.Validate(file);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.ErrorLines, Has.Count.EqualTo(2), result.ToString);
        Assert.That(result.ErrorLines[1], Is.EqualTo(Summary));
        var problem = ProblemLine.Parse(result.ErrorLines[0]);
        Assert.That(problem, Is.Not.Null, result.ErrorLines[0]);
        Assert.That(problem!.File, Is.EqualTo(file));
        Assert.That(problem.Severity, Is.EqualTo("error"));
        Assert.That(problem.Message, Does.StartWith("YAML syntax error: "));
        Assert.That(problem.Line, Is.EqualTo(line));
        Assert.That(problem.Column, Is.InRange(column, column + "15s: 20s".Length), "the column points into the broken value");
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void WrongTypesAreReportedWithFileLineColumnAndFieldPath()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("services.yaml", "port: 8082", "port: eighty")
            .Edit("environments.yaml", "logRetentionDays: 30", "logRetentionDays: [30]")
            .Edit("services.yaml", "calls: [inventory]\n", "calls: { first: inventory }\n");
        var port = scratch.PositionOf("services.yaml", "eighty");
        var retention = scratch.PositionOf("environments.yaml", "[30]");
        var calls = scratch.PositionOf("services.yaml", "{ first: inventory }");

        var result = CliRun.Validate(scratch.Root);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.Errors, Has.Count.EqualTo(3), "one line per wrong type, no follow-on errors: " + result);
        Assert.That(result.Errors, Has.Some.Matches<ProblemLine>(p =>
            p.File == scratch.PathOf("services.yaml") && (p.Line, p.Column) == port &&
            p.Message.StartsWith("services[2].port: expected an integer", StringComparison.Ordinal)));
        Assert.That(result.Errors, Has.Some.Matches<ProblemLine>(p =>
            p.File == scratch.PathOf("environments.yaml") && (p.Line, p.Column) == retention &&
            p.Message.StartsWith("environments[1].logRetentionDays: expected an integer", StringComparison.Ordinal)));
        Assert.That(result.Errors, Has.Some.Matches<ProblemLine>(p =>
            p.File == scratch.PathOf("services.yaml") && (p.Line, p.Column) == calls &&
            p.Message.StartsWith("services[1].calls: expected a list", StringComparison.Ordinal)));
    }

    [Test]
    public void WhatAFederatingEnvironmentRefusesIsReportedOnceAtTheRolesLine()
    {
        // IdP groups travel as STS session tags in staging and prod (both federate): '*' and ',' cannot be tag keys.
        using var scratch = ScratchCatalog.FromExample()
            .Edit("identity.yaml", "idpGroups: [finance]", "idpGroups: ['*', 'CN=Finance,OU=Groups']");
        var roleLine = scratch.PositionOf("identity.yaml", "description: Finance staff").Line - 1; // the role's "- name: finance"

        var result = CliRun.Validate(scratch.Root);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.Errors, Has.Count.EqualTo(2), "one line per group, not one per federating environment: " + result);
        Assert.That(result.Errors, Has.All.Matches<ProblemLine>(p =>
            p.File == scratch.PathOf("identity.yaml") && p.Line == roleLine &&
            p.Message.Contains("cannot travel as the session tag", StringComparison.Ordinal)));
        Assert.That(result.ErrorLines[^1], Is.EqualTo("catalog invalid: 2 error(s), 0 warning(s)"));
    }

    [Test]
    public void EveryProblemIsListedAtOnce()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("services.yaml", "port: 8082", "port: 70000")
            .Edit("services.yaml", "owner: payments\n    rotationDays: 30", "owner: payments\n    rotationDays: 400")
            .Edit("environments.yaml", "logRetentionDays: 7", "logRetentionDays: 8");
        var services = scratch.PathOf("services.yaml");
        var environments = scratch.PathOf("environments.yaml");

        var result = CliRun.Validate(scratch.Root);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.Warnings, Is.Empty, result.ToString);
        var errors = result.Errors;
        Assert.That(errors.Select(e => (e.File, e.Line)), Is.EqualTo(new[]
        {
            (environments, scratch.PositionOf("environments.yaml", "logRetentionDays: 8").Line),
            (services, scratch.PositionOf("services.yaml", "port: 70000").Line),
            (services, scratch.PositionOf("services.yaml", "rotationDays: 400").Line),
        }), "three independent errors in two files, sorted by file and line: " + result);
        Assert.That(errors.Select(e => e.Message), Has.Some.StartsWith("environments[0].logRetentionDays:")
            .And.Some.StartsWith("services[2].port:")
            .And.Some.StartsWith("secrets[2].rotationDays:"));
        Assert.That(result.ErrorLines[^1], Is.EqualTo("catalog invalid: 3 error(s), 0 warning(s)"));
    }

    [Test]
    public void WarningsAloneExitZero()
    {
        using var scratch = ScratchCatalog.FromExample()
            .Edit("services.yaml", "rotationDays: 90\n    generated: { length: 48", "rotationDays: 120\n    generated: { length: 48");
        var (line, column) = scratch.PositionOf("services.yaml", "120");

        var result = CliRun.Validate(scratch.Root);

        Assert.That(result.Code, Is.Zero, result.ToString);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.Warnings, Is.EqualTo(new[]
        {
            new ProblemLine(scratch.PathOf("services.yaml"), line, column, "warning",
                "secrets[6].rotationDays: rotation period 120 days is longer than 90"),
        }));
        Assert.That(result.OutputLines[^1], Does.StartWith("catalog ok:").And.EndWith(", 1 warning(s)"));
    }

    [TestCaseSource(nameof(BadInputNames))]
    public void NoStackTraceForAnyBadInput(string input)
    {
        using var scratch = ScratchCatalog.Empty();
        var paths = BadInputs().Single(c => c.Name == input).Arrange(scratch);

        var result = CliRun.Validate(paths);

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        Assert.That(result.AllLines, Has.None.Contains("   at ").And.None.Contains("Exception"), result.ToString);
        Assert.That(result.Errors, Is.Not.Empty, result.ToString);
        Assert.That(result.ErrorLines.Take(result.ErrorLines.Count - 1), Has.All.Matches<string>(l => ProblemLine.Parse(l) is not null),
            "every line before the summary is a PATH:LINE:COL problem line: " + result);
        Assert.That(result.ErrorLines[^1], Does.StartWith("catalog invalid: "));
    }

    [Test]
    public void ALoaderFaultIsOneLineForThePathThatCausesItNotAStackTrace()
    {
        var fault = new InvalidOperationException("The scanner should contain no more tokens.");
        var validate = new ValidateCommand(paths =>
            paths.Contains("broken.yaml") ? throw fault : CatalogLoader.Load(RepositoryPaths.Combine("catalog")));

        var result = CliRun.Dispatch([validate], "validate", "good.yaml", "broken.yaml");

        Assert.That(result.Code, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Is.EqualTo(new[]
        {
            "broken.yaml:1:1: error: the catalog could not be read: The scanner should contain no more tokens.",
            "catalog invalid: the loader failed (please report it with the file that causes it)",
        }));
        Assert.That(result.Output, Is.Empty);
    }

    [Test]
    public void UnknownCommandOrNoArgumentsIsAUsageErrorExitTwo()
    {
        var none = CliRun.Dispatch();
        var unknown = CliRun.Dispatch("frobnicate", "catalog");
        var validateWithoutPath = CliRun.Dispatch("validate");

        Assert.That(none.Code, Is.EqualTo(CommandDispatcher.UsageExitCode).And.EqualTo(2));
        Assert.That(none.ErrorLines[0], Does.StartWith("usage: identity-fabric COMMAND"));
        Assert.That(none.ErrorLines, Has.Some.Contains("validate PATH..."));
        Assert.That(none.Output, Is.Empty);

        Assert.That(unknown.Code, Is.EqualTo(2));
        Assert.That(unknown.ErrorLines[0], Is.EqualTo("identity-fabric: unknown command 'frobnicate'"));
        Assert.That(unknown.ErrorLines, Has.Some.StartsWith("usage: "));
        Assert.That(unknown.Output, Is.Empty);

        Assert.That(validateWithoutPath.Code, Is.EqualTo(2));
        Assert.That(validateWithoutPath.ErrorLines, Is.EqualTo(new[] { "usage: identity-fabric validate PATH...  (catalog files or directories)" }));
    }

    [Test]
    public void HelpIsNotAnError()
    {
        var help = CliRun.Dispatch("--help");

        Assert.That(help.Code, Is.Zero);
        Assert.That(help.OutputLines[0], Does.StartWith("usage: identity-fabric COMMAND"));
        Assert.That(help.Error, Is.Empty);
    }

    private static IEnumerable<string> BadInputNames() => BadInputs().Select(c => c.Name);

    /// <summary>Each bad input by name, with what writes it into a scratch folder and returns the paths to validate.</summary>
    private static IEnumerable<(string Name, Func<ScratchCatalog, string[]> Arrange)> BadInputs()
    {
        static (string, Func<ScratchCatalog, string[]>) Case(string name, Func<ScratchCatalog, string[]> arrange) => (name, arrange);
        static (string, Func<ScratchCatalog, string[]>) File(string name, string text) => (name, s => [s.Write("catalog.yaml", text)]);

        yield return Case("a missing file", s => [s.PathOf("missing.yaml")]);
        yield return Case("a missing directory", s => [s.PathOf("missing/")]);
        yield return Case("a directory without catalog files", s =>
        {
            s.Write("notes.txt", "services: []\n");
            return [s.Root];
        });
        yield return Case("one good directory and one missing file", s => [RepositoryPaths.Combine("catalog"), s.PathOf("missing.yaml")]);
        yield return File("an empty file", "");
        yield return File("an unclosed flow list", "services:\n  - name: [orders\n");
        yield return File("an unterminated quoted string", "services:\n  - name: \"orders\n");
        yield return File("a tab as indentation", "services:\n\t- name: orders\n");
        yield return File("a value with a second colon", "services: a: b\n");
        yield return File("a broken indentation", "services:\n  - name: orders\n port: 1\n");
        yield return File("an unknown alias", "services: *nope\n");
        yield return File("a stray document end", "...\n...\nservices: [\n");
        yield return File("nesting a thousand levels deep", "services: " + new string('[', 1000) + new string(']', 1000) + "\n");
        yield return File("a scalar document", "just some words\n");
        yield return File("a list document", "- services\n- roles\n");
        yield return File("services as a mapping", "services:\n  orders: { port: 1 }\n");
        yield return File("a service as a string", "services:\n  - orders\n");
        yield return File("a port as a string", "services:\n  - name: orders\n    port: eighty\n");
        yield return File("a port beyond any integer", "services:\n  - name: orders\n    port: 99999999999999999999999\n");
        yield return File("a port as a fraction", "services:\n  - name: orders\n    port: 80.5\n");
        yield return File("a duration without unit", "services:\n  - name: orders\n    timeout: 15\n");
        yield return File("an unknown enum value", "services:\n  - name: orders\n    protocol: carrier-pigeon\n");
        yield return File("a flag as a word", "services:\n  - name: orders\n    personalData: maybe\n");
        yield return File("an unknown top-level key", "servcies: []\n");
        yield return File("a duplicate key", "services: []\nservices: []\n");
        yield return File("a mapping as a key", "? { a: 1 }\n: b\n");
        yield return File("a second document that is a list", "services: []\n---\n- 1\n");
        yield return File("JSON of the wrong shape", "{\"services\": 1, \"environments\": {\"dev\": null}}\n");
        yield return File("a null root", "~\n");
        yield return Case("bytes that are not text", s => [s.WriteBytes("catalog.yaml", [0xFF, 0xFE, 0x00, 0x01, 0xC3, 0x28, 0x00, 0x7B, 0x5B])]);
        yield return Case("a directory named like a catalog file", s =>
        {
            Directory.CreateDirectory(s.PathOf("inner.yaml"));
            return [s.PathOf("inner.yaml")];
        });
    }
}
