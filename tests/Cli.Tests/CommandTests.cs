using System.Text.Json.Nodes;
using IdentityFabric.Cli.Commands;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class CommandTests
{
    private static (int Code, string Output, string Error) Run(ICliCommand command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static PlanCommand SyntheticPlan(TempProject project) =>
        new(StackPlanner.PlanAsync<SyntheticStack>) { StartDirectory = project.Root };

    [Test]
    public void PlanWritesTheJsonPlanOfTheNamedStack()
    {
        using var project = new TempProject().WithStack("dev");

        var (code, output, error) = Run(SyntheticPlan(project), "dev");

        Assert.That(code, Is.Zero, error);
        var json = JsonNode.Parse(output)!;
        Assert.That(json["stack"]!.GetValue<string>(), Is.EqualTo("dev"));
        Assert.That(json["resources"]!.AsArray(), Has.Count.EqualTo(10));
    }

    [Test]
    public void PlanWritesToTheOutFileWhenGiven()
    {
        using var project = new TempProject().WithStack("dev");
        var file = project.Combine("plan.json");

        var (code, output, _) = Run(SyntheticPlan(project), "dev", "--out", file);

        Assert.That(code, Is.Zero);
        Assert.That(output, Is.Empty);
        Assert.That(PlanJson.Read(File.ReadAllText(file), file).Resources, Has.Count.EqualTo(10));
    }

    [Test]
    public void PlanReplacesAnOldOutFileWholeAndLeavesNothingBeside()
    {
        using var project = new TempProject().WithStack("dev");
        var file = project.Combine("plan.json");
        File.WriteAllText(file, "an older plan that is longer than nothing");

        var (code, _, error) = Run(SyntheticPlan(project), "dev", "--out", file);

        Assert.That(code, Is.Zero);
        Assert.That(PlanJson.Read(File.ReadAllText(file), file).Resources, Has.Count.EqualTo(10));
        Assert.That(Directory.GetFiles(project.Root, "plan.json*"), Is.EqualTo(new[] { file }));
        Assert.That(error, Does.Contain("planned stack 'dev'"));
    }

    [Test]
    public void AnOutFileThatCannotBeWrittenFailsAfterThePlanAndItsFindingsArePrinted()
    {
        using var project = new TempProject().WithStack("dev");
        var file = project.Combine(Path.Combine("missing-folder", "plan.json"));

        var (code, _, error) = Run(SyntheticPlan(project), "dev", "--out", file);

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("planned stack 'dev'").And.Contain("preflight:"));
        Assert.That(File.Exists(file), Is.False);
    }

    [Test]
    public void PlanConfigOptionsOverrideTheStackFile()
    {
        using var project = new TempProject().WithStack("dev");

        var (_, output, _) = Run(SyntheticPlan(project), "dev", "--config", "identity-fabric:environment=prod");

        Assert.That(output, Does.Contain("fabric-prod-orders"));
    }

    [Test]
    public void PlanMarkdownHasCountsAndTheTrustChain()
    {
        using var project = new TempProject().WithStack("dev");

        var (code, output, _) = Run(SyntheticPlan(project), "dev", "--format", "markdown");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("## Plan of stack `dev`").And.Contain("```mermaid").And.Contain("user --> route_orders_read"));
    }

    [Test]
    public void TheMermaidDiagramNeedsNoProgramRun()
    {
        using var project = new TempProject().WithStack("dev");
        var command = new PlanCommand((_, _) => throw new AssertionException("the program must not run for a diagram")) { StartDirectory = project.Root };

        var (code, output, _) = Run(command, "dev", "--format", "mermaid");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.StartWith("flowchart LR"));
    }

    [Test]
    public void AMissingWorkerBundleIsReplacedByAPlaceholderWithAWarning()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:workerBundle: no/such/bundle.js");

        var (code, _, error) = Run(SyntheticPlan(project), "dev");

        Assert.That(code, Is.Zero);
        Assert.That(error, Does.Contain("warning: no/such/bundle.js is not built"));
    }

    [Test]
    public void AMissingFederationWorkerBundleIsReplacedByAPlaceholderOnlyWhereTheEnvironmentFederates()
    {
        using var project = new TempProject()
            .WithStack("dev", "identity-fabric:federationWorkerBundle: no/such/federation-worker.js")
            .WithStack("staging", "identity-fabric:federationWorkerBundle: no/such/federation-worker.js");

        var (devCode, _, devError) = Run(SyntheticPlan(project), "dev");
        var (stagingCode, _, stagingError) = Run(SyntheticPlan(project), "staging");

        Assert.Multiple(() =>
        {
            Assert.That((devCode, stagingCode), Is.EqualTo((0, 0)), devError + stagingError);
            Assert.That(devError, Does.Not.Contain("federation-worker.js"), "dev propagates identity by assertion only");
            Assert.That(stagingError, Does.Contain("warning: no/such/federation-worker.js is not built").And.Contain("placeholder federation Worker bundle"));
        });
    }

    [Test]
    public void AnInvalidCatalogFailsThePlanWithItsProblems()
    {
        using var project = new TempProject();
        var bad = project.Combine("bad.yaml");
        File.WriteAllText(bad, "services:\n  - name: orders\n    port: 70000\n");
        project.WithStack("dev", $"identity-fabric:catalogPath: {bad}");

        var (code, _, error) = Run(SyntheticPlan(project), "dev");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain(bad + ":"));
    }

    [TestCase("dev", "--format", "yaml")]
    [TestCase("dev", "--colour", "on")]
    [TestCase("dev", "prod")]
    [TestCase("dev", "--config", "novalue")]
    public void PlanRefusesUsageMistakes(params string[] args)
    {
        using var project = new TempProject().WithStack("dev");

        Assert.That(Run(SyntheticPlan(project), args).Code, Is.EqualTo(2));
    }

    [Test]
    public void DiffOfTwoPlansPrintsTheSummary()
    {
        using var project = new TempProject().WithStack("dev");
        var old = project.Combine("old.json");
        var @new = project.Combine("new.json");
        Run(SyntheticPlan(project), "dev", "--out", old);
        Run(SyntheticPlan(project), "dev", "--out", @new, "--config", "identity-fabric:environment=prod");

        var (code, output, _) = Run(new DiffCommand(), old, @new);
        var (_, same, _) = Run(new DiffCommand(), old, old);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("to change").And.Contain("`name`: `\"fabric-dev-orders\"` → `\"fabric-prod-orders\"`"));
        Assert.That(same, Does.Contain("no changes"));
    }

    [Test]
    public void DiffAsJsonIsMachineReadable()
    {
        using var project = new TempProject().WithStack("dev");
        var old = project.Combine("old.json");
        Run(SyntheticPlan(project), "dev", "--out", old);

        var (_, output, _) = Run(new DiffCommand(), old, old, "--format", "json");

        Assert.That(JsonNode.Parse(output)!["counts"]!["change"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public void DiffOfAFileThatIsNotAPlanFails()
    {
        using var project = new TempProject();
        var junk = project.Combine("junk.json");
        File.WriteAllText(junk, "[1, 2]");

        var (code, _, error) = Run(new DiffCommand(), junk, junk);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(error, Does.Contain("junk.json"));
    }

    [Test]
    public void DiffNeedsExactlyTwoPlans()
    {
        Assert.That(Run(new DiffCommand(), "one.json").Code, Is.EqualTo(2));
    }

    [Test]
    public void DiffLeadsWithWhoGainsOrLosesAccess()
    {
        using var project = new TempProject().WithStack("dev");
        var old = project.Combine("old.json");
        var @new = project.Combine("new.json");
        Run(SyntheticPlan(project), "dev", "--out", old);
        Run(SyntheticPlan(project), "dev", "--out", @new, "--config", "identity-fabric:environment=prod");

        var (code, output, _) = Run(new DiffCommand(), old, @new);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.StartWith("### Effective access in stack `dev`"));
        Assert.That(output, Does.Contain("~ customer: POST api.example.com/api/orders → orders (route orders-create; was POST api.dev.example.com/api/orders → orders)"));
        Assert.That(output.IndexOf("```diff", StringComparison.Ordinal), Is.LessThan(output.IndexOf("### Plan diff", StringComparison.Ordinal)));
    }

    [Test]
    public void DiffPrintsOnlyThePartAskedFor()
    {
        using var project = new TempProject().WithStack("dev");
        var plan = project.Combine("plan.json");
        Run(SyntheticPlan(project), "dev", "--out", plan);

        var access = Run(new DiffCommand(), plan, plan, "--only", "access");
        var resources = Run(new DiffCommand(), plan, plan, "--only", "resources");
        var accessJson = Run(new DiffCommand(), plan, plan, "--only", "access", "--format", "json");

        Assert.That(access.Output, Does.Contain("no change in who can reach what").And.Not.Contain("### Plan diff"));
        Assert.That(resources.Output, Does.StartWith("### Plan diff").And.Not.Contain("Effective access"));
        Assert.That(JsonNode.Parse(accessJson.Output)!["access"]!["changes"]!.AsArray(), Is.Empty);
        Assert.That(JsonNode.Parse(accessJson.Output)!["counts"], Is.Null);
        Assert.That(Run(new DiffCommand(), plan, plan, "--only", "secrets").Code, Is.EqualTo(2));
    }

    [Test]
    public void DiffOfAPlanWithAMalformedAccessModelFailsWithOneLocatedLine()
    {
        using var project = new TempProject();
        var bad = project.Combine("bad.json");
        File.WriteAllText(bad, """{"stack": "dev", "resources": [], "access": {"environment": "dev", "roles": []}}""");

        var (code, output, error) = Run(new DiffCommand(), bad, bad);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error.TrimEnd().Split('\n'), Is.EqualTo(new[] { $"identity-fabric diff: {bad}: access.hosts: expected a list" }));
    }
}
