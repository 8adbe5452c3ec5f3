using IdentityFabric.Cli.Commands;
using IdentityFabric.Stacks;
using Pulumi;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// <c>plan</c> never shows a stack trace: catalog problems are the validator's located lines, the program's refusals
/// and unexpected faults become located lines too, and the exit code is 1.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PlanFailureTests
{
    private static CliResult Plan(TempProject project, ProgramRunner program, params string[] args)
    {
        var command = new PlanCommand(program) { StartDirectory = project.Root };
        return CliRun.Dispatch([command], ["plan", .. args]);
    }

    private static CliResult PlanFabric(TempProject project, params string[] args) =>
        Plan(project, StackPlanner.PlanAsync<FabricStack>, args);

    internal static void AssertNoTrace(CliResult result)
    {
        Assert.That(result.AllLines, Has.None.Match(@"^\s+at ").And.None.Contains("Exception").And.None.Contains("--- End of"), result.ToString);
    }

    [Test]
    public void AnAwsRegionThatDisagreesWithTheCatalogIsOneLineAtTheSetting()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:environment: dev", "aws:region: us-east-1");

        var result = PlanFabric(project, "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.ErrorLines, Has.Count.EqualTo(1), result.ToString);
        Assert.That(result.Errors.Single().File, Is.EqualTo(project.Combine("Pulumi.dev.yaml")));
        var line = Array.FindIndex(File.ReadAllLines(project.Combine("Pulumi.dev.yaml")), l => l.TrimStart().StartsWith("aws:region:", StringComparison.Ordinal)) + 1;
        Assert.That(result.Errors.Single().Line, Is.EqualTo(line), "the line of aws:region in the stack file");
        Assert.That(result.Errors.Single().Message, Does.Contain("'us-east-1'").And.Contain("'eu-west-1'"));
    }

    [Test]
    public void AFaultInsideTheProgramIsOneLocatedLineWithoutItsStackTrace()
    {
        using var project = new TempProject().WithStack("dev");

        var result = Plan(project, StackPlanner.PlanAsync<FaultyStack>, "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.ErrorLines, Is.EqualTo(new[]
        {
            $"{project.Combine("Pulumi.dev.yaml")}:1:1: error: the program failed for stack 'dev': a component met a value it cannot handle",
        }), result.ToString);
    }

    [Test]
    public void AFaultOutsideTheProgramIsOneLocatedLine()
    {
        using var project = new TempProject().WithStack("dev");

        var result = Plan(project, (_, _) => throw new InvalidOperationException("the runner broke"), "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.ErrorLines, Is.EqualTo(new[]
        {
            $"{project.Combine("Pulumi.dev.yaml")}:1:1: error: the plan failed unexpectedly (please report it): the runner broke",
        }));
    }

    [Test]
    public void ALatticeServiceCallingAnAppMeshServiceIsRefusedByValidationBeforeTheProgramRuns()
    {
        var catalog = FabricPlans.CopyCatalog((name, text) => name == "environments.yaml"
            ? FabricPlans.ReplaceOnce(text, "latticeServices: [catalog, inventory, notifications]", "latticeServices: [gateway, inventory, notifications]")
            : text);
        using var project = new TempProject().WithStack("prod", $"identity-fabric:catalogPath: {catalog}", "identity-fabric:environment: prod");

        var result = Plan(project, (_, _) => throw new AssertionException("the program must not run on an invalid catalog"), "prod");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.Errors, Has.Some.Matches<ProblemLine>(p =>
            p.File == Path.Combine(catalog, "environments.yaml") &&
            p.Message.Contains("service 'gateway' runs on VPC Lattice in environment 'prod' but calls 'catalog', 'orders', 'customers', still on App Mesh", StringComparison.Ordinal)));
    }

    [Test]
    public void AnEmptyRoutePathIsACatalogErrorNotACrash()
    {
        var catalog = FabricPlans.CopyCatalog((name, text) => name == "identity.yaml"
            ? FabricPlans.ReplaceOnce(text, "path: /api/customers/me", "path: \"\"")
            : text);
        using var project = new TempProject().WithStack("dev", $"identity-fabric:catalogPath: {catalog}");

        var result = PlanFabric(project, "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.Errors, Has.Some.Matches<ProblemLine>(p =>
            p.File == Path.Combine(catalog, "identity.yaml") && p.Message.EndsWith("path: must not be empty (give a value, or remove the key)", StringComparison.Ordinal)));
    }

    [Test]
    public void AMalformedStackSettingIsOneLine()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:rotationDate: soon");

        var result = PlanFabric(project, "dev");

        Assert.That(result.Code, Is.EqualTo(1), result.ToString);
        AssertNoTrace(result);
        Assert.That(result.ErrorLines, Has.Some.EndsWith(": identity-fabric:rotationDate must be a date like 2026-11-26, not 'soon'"));
    }

    [TestCase("System.InvalidOperationException: boom\n   at A.B() in /x.cs:line 3\n   at C.D()", "boom")]
    [TestCase("failed:\nRunning program 'x.dll' failed with an unhandled exception:\nSystem.ArgumentException: bad value (Parameter 'args')\n   at A.B()", "failed: bad value (Parameter 'args')")]
    [TestCase("outer\n ---> System.IO.IOException: disk\n   --- End of inner exception stack trace ---", "outer; disk")]
    public void StackFramesAndExceptionNamesNeverReachTheUser(string message, string kept)
    {
        var lines = Planning.PlanFailures.Lines("Pulumi.dev.yaml", message);

        Assert.That(lines, Is.EqualTo(new[] { $"Pulumi.dev.yaml:1:1: error: {kept}" }));
    }

    [Test]
    public void LocatedLinesOfAFailurePassAsTheyAre()
    {
        var lines = Planning.PlanFailures.Lines("Pulumi.dev.yaml", "catalog/a.yaml:3:5: error: services[0].port: bad\ncatalog/a.yaml:4:5: error: services[1].port: bad");

        Assert.That(lines, Is.EqualTo(new[] { "catalog/a.yaml:3:5: error: services[0].port: bad", "catalog/a.yaml:4:5: error: services[1].port: bad" }));
    }

    /// <summary>A program whose component throws, as a fan-out meeting an unforeseen catalog value would.</summary>
    public sealed class FaultyStack : Stack
    {
        /// <summary>Throws.</summary>
        public FaultyStack() => throw new ArgumentException("a component met a value it cannot handle");
    }
}
