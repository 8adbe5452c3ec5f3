using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static IdentityFabric.Cli.Tests.AccessCatalogs;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// The access model and diff through the real program: plans of the example catalog and of edited copies, per stack.
/// The model must agree with what the program deploys, the access diff leads the Markdown diff, and plan and diff
/// count resources the same way.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class AccessPlanTests
{
    [Test]
    public async Task TheSupportEditReadsAsOneAccessLineAtTheTopOfTheDiff([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var before = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var after = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog((file, text) => file == "identity.yaml"
            ? FabricPlans.ReplaceOnce(text, "service: orders\n        roles: [customer]\n", "service: orders\n        roles: [customer, support]\n")
            : text));

        // Through the files diff reads, as in a pull request.
        var diff = PlanDiff.Between(PlanJson.Read(PlanJson.Write(before), "base.json"), PlanJson.Read(PlanJson.Write(after), "head.json"));
        var markdown = DiffRendering.Markdown(diff);

        Assert.That(markdown, Does.StartWith($"### Effective access in stack `{stack}`\n"));
        var accessSection = markdown[..markdown.IndexOf("### Plan diff of stack", StringComparison.Ordinal)];
        var lines = accessSection.Split('\n').Where(l => ChangeLine().IsMatch(l)).ToList();
        Assert.That(lines, Is.EqualTo(new[] { $"+ support: POST {Host(stack)}/api/orders → orders (route orders-create)" }), markdown);
        Assert.That(diff.Changed, Is.Not.Empty, "the resource diff follows the access diff");
    }

    [Test]
    public async Task AnUneditedCatalogHasNoAccessChange([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var plan = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());

        var diff = PlanDiff.Between(plan, plan);

        Assert.That(diff.Access.IsEmpty, Is.True);
        Assert.That(DiffRendering.Markdown(diff), Does.Contain("**no change in who can reach what**"));
    }

    [Test]
    public async Task PlanAndDiffCountTheSameResources([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var plan = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var planned = int.Parse(PlannedCount().Match(PlanMarkdown.Render(plan, null)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var fromNothing = PlanDiff.Between(new StackPlan(stack, []), plan);
        var toNothing = PlanDiff.Between(plan, new StackPlan(stack, []));
        var same = PlanDiff.Between(plan, plan);

        Assert.That(planned, Is.EqualTo(plan.ManagedResources.Count));
        Assert.That(fromNothing.Added, Has.Count.EqualTo(planned));
        Assert.That(fromNothing.Summary, Does.StartWith($"{planned} to add,"));
        Assert.That(toNothing.Removed, Has.Count.EqualTo(planned));
        Assert.That(same.Unchanged, Is.EqualTo(planned));
        Assert.That(fromNothing.ComponentsAdded, Has.Count.EqualTo(plan.Resources.Count - planned), "components are listed apart, not counted");
    }

    [Test]
    public async Task EveryRoutesRolesAreWhatTheDeployedRoutePolicyAllows([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var plan = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());
        var policy = JsonNode.Parse(plan.Resources.Single(r => r.Type == "cloudflare:index/workersKv:WorkersKv" && r.Name == "edge-route-policy").Inputs["value"]!.GetValue<string>())!;

        var deployed = policy["routes"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<string>());
        Assert.That(plan.Access!.Routes.Select(r => r.RouteId), Is.EquivalentTo(deployed.Keys));
        foreach (var route in plan.Access.Routes)
        {
            var written = deployed[route.RouteId]!;
            Assert.That(route.Roles, Is.EqualTo(written["roles"]!.AsArray().Select(r => r!.GetValue<string>())), route.RouteId);
            Assert.That(route.IsPublic, Is.EqualTo(written["public"]!.GetValue<bool>()), route.RouteId);
            Assert.That(route.Scope.Canonical, Is.EqualTo(written["pattern"]!.GetValue<string>()), route.RouteId);
            Assert.That(route.Methods.IsAny ? "*" : string.Join(",", route.Methods.Names), Is.EqualTo(string.Join(",", written["methods"]!.AsArray().Select(m => m!.GetValue<string>()))), route.RouteId);
        }

        var clients = policy["machineClients"]!.AsArray().SelectMany(c => c!["routes"]!.AsArray().Select(r => $"{c["name"]}:{r}"));
        Assert.That(plan.Access.Routes.SelectMany(r => r.MachineClients.Select(c => $"{c}:{r.RouteId}")), Is.EquivalentTo(clients));
    }

    [Test]
    public async Task EveryFederatedInvokeIsAGrantTheProgramCreates([ValueSource(typeof(AccessCatalogs), nameof(Stacks))] string stack)
    {
        var plan = await FabricPlans.PlanAsync(stack, FabricPlans.CopyCatalog());

        // The services' auth policies admit each federated role route by route (one statement per route): read from the
        // resources. Each role they admit carries one network-bounded grant of its own.
        var deployed = plan.Resources
            .Where(r => r.Type == "aws:vpclattice/authPolicy:AuthPolicy")
            .SelectMany(r => JsonNode.Parse(r.Inputs["policy"]!.GetValue<string>())!["Statement"]!.AsArray())
            .SelectMany(s => Principals(s!).Where(p => p.EndsWith("-federated", StringComparison.Ordinal)).Select(p => $"{p.Split('/')[^1]}:{s!["Sid"]}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var grantedRoles = plan.Resources
            .Where(r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name.EndsWith("-federated-invokes", StringComparison.Ordinal))
            .Select(r => r.Inputs["role"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .ToList();
        var modelled = plan.Access!.Federated
            .SelectMany(f => f.Invokes.Select(i => $"{f.IamRole}:Route{string.Concat(i.RouteId.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(modelled, Is.EqualTo(deployed));
        Assert.That(deployed.Count > 0, Is.EqualTo(plan.Access.Federated.Any(f => f.Invokes.Count > 0)));
        Assert.That(grantedRoles, Is.EqualTo(plan.Access.Federated.Where(f => f.Invokes.Count > 0).Select(f => f.IamRole).Order(StringComparer.Ordinal)));
    }

    /// <summary>The principals of an auth policy statement: one ARN, or a list of them, under <c>Principal.AWS</c>.</summary>
    private static IEnumerable<string> Principals(JsonNode statement) => statement["Principal"]?["AWS"] switch
    {
        JsonArray list => list.Select(p => p!.GetValue<string>()),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    [GeneratedRegex(@"^[+~-] ")]
    private static partial Regex ChangeLine();

    [GeneratedRegex(@"\*\*(\d+) resources\*\*")]
    private static partial Regex PlannedCount();
}
