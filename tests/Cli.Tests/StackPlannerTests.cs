using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class StackPlannerTests
{
    private static async Task<(StackPlan Plan, RecordingMocks Mocks)> PlanSyntheticAsync(string stack = "dev", params string[] config)
    {
        using var project = new TempProject().WithStack(stack, config);
        var configuration = StackConfiguration.Load(project.Root, stack);
        var mocks = new RecordingMocks("111111111111", "eu-west-1");
        return (await StackPlanner.PlanAsync<SyntheticStack>(configuration, mocks), mocks);
    }

    [Test]
    public async Task EveryRegisteredResourceIsInThePlanWithTypeNameUrnAndParent()
    {
        var (plan, _) = await PlanSyntheticAsync();

        var worker = plan.Resources.Single(r => r.Name == "edge-worker");
        Assert.That(worker.Type, Is.EqualTo("cloudflare:index/workersScript:WorkersScript"));
        Assert.That(worker.Urn, Is.EqualTo("urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge$cloudflare:index/workersScript:WorkersScript::edge-worker"));
        Assert.That(worker.Parent, Is.EqualTo("urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge::edge"));
        Assert.That(plan.Resources.Select(r => r.Name), Is.SupersetOf(new[]
        {
            "identity-fabric-dev", "secrets", "secrets-signing-key-even", "secrets-edge-signing-key", "secrets-edge-signing-key-version",
            "edge", "edge-worker", "edge-access", "edge-access-warehouse-sync", "orders-role",
        }));
        Assert.That(plan.Resources, Has.Count.EqualTo(10));
    }

    [Test]
    public async Task TheStackIsTheRootAndEveryOtherParentIsInThePlan()
    {
        var (plan, _) = await PlanSyntheticAsync();
        var urns = plan.Resources.Select(r => r.Urn).ToHashSet();

        Assert.That(plan.Resources.Where(r => r.Parent is null).Select(r => r.Type), Is.EqualTo(new[] { "pulumi:pulumi:Stack" }));
        Assert.That(plan.Resources.Where(r => r.Parent is not null).Select(r => r.Parent), Is.All.Matches<string>(urns.Contains));
    }

    [Test]
    public async Task NestedComponentsHangUnderTheirParentComponent()
    {
        var (plan, _) = await PlanSyntheticAsync();

        var token = plan.Resources.Single(r => r.Name == "edge-access-warehouse-sync");
        Assert.That(token.Parent, Is.EqualTo(plan.Resources.Single(r => r.Name == "edge-access").Urn));
        Assert.That(plan.TopComponents()[token.Urn].Name, Is.EqualTo("edge"));
    }

    [Test]
    public async Task InputsAreThoseTheEngineReceivedWithConfigApplied()
    {
        var (plan, _) = await PlanSyntheticAsync("dev", "identity-fabric:environment: staging");

        var role = plan.Resources.Single(r => r.Name == "orders-role");
        Assert.That(role.Inputs["name"]!.GetValue<string>(), Is.EqualTo("fabric-staging-orders"));
        Assert.That(role.Inputs["tags"]!["Environment"]!.GetValue<string>(), Is.EqualTo("staging"));
    }

    [Test]
    public async Task NoGeneratedSecretAppearsAnywhereInThePlan()
    {
        var (plan, mocks) = await PlanSyntheticAsync();
        var json = PlanJson.Write(plan);

        Assert.That(mocks.GeneratedSecrets, Is.Not.Empty);
        foreach (var secret in mocks.GeneratedSecrets)
        {
            Assert.That(json, Does.Not.Contain(secret));
        }

        var worker = plan.Resources.Single(r => r.Name == "edge-worker");
        Assert.That(worker.Inputs["bindings"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()), Is.EqualTo(new[] { "[secret]", "dev" }));
        Assert.That(plan.Resources.Single(r => r.Name == "secrets-edge-signing-key-version").Inputs["secretString"]!.GetValue<string>(), Is.EqualTo("[secret]"));
    }

    [Test]
    public async Task TwoPlansOfTheSameProgramAreByteForByteEqual()
    {
        var (first, _) = await PlanSyntheticAsync();
        var (second, _) = await PlanSyntheticAsync();

        Assert.That(PlanJson.Write(second), Is.EqualTo(PlanJson.Write(first)));
    }

    [Test]
    public async Task ResourcesAreOrderedByUrn()
    {
        var (plan, _) = await PlanSyntheticAsync();

        Assert.That(plan.Resources.Select(r => r.Urn), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public async Task RotatingTheKeyShowsInTheDiffAsAChangedKeeper()
    {
        var (before, _) = await PlanSyntheticAsync("dev", "identity-fabric:signingKeyEpoch: \"0\"");
        var (after, _) = await PlanSyntheticAsync("dev", "identity-fabric:signingKeyEpoch: \"1\"");

        var diff = PlanDiff.Between(before, after);

        Assert.That(diff.Changed.Select(c => c.Resource.Name), Is.EquivalentTo(new[] { "secrets-signing-key-even" }),
            "the key set document changes too, but it is masked on both sides");
        Assert.That(diff.Changed[0].Changes.Select(c => c.Path), Is.EqualTo(new[] { "keepers.epoch" }));
    }

    [Test]
    public void AFailingProgramIsReportedWithItsError()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:signingKeyEpoch: not-a-number");
        var configuration = StackConfiguration.Load(project.Root, "dev");

        Assert.That(async () => await StackPlanner.PlanAsync<SyntheticStack>(configuration, new RecordingMocks("111111111111", "eu-west-1")),
            Throws.TypeOf<PlanException>().With.Message.Contains("signingKeyEpoch"));
    }

    [Test]
    public async Task ThePlanReadsBackAsWritten()
    {
        var (plan, _) = await PlanSyntheticAsync();

        var read = PlanJson.Read(PlanJson.Write(plan), "plan.json");

        Assert.That(PlanJson.Write(read), Is.EqualTo(PlanJson.Write(plan)));
        Assert.That(PlanDiff.Between(plan, read).IsEmpty, Is.True);
        Assert.That(JsonNode.Parse(PlanJson.Write(plan))!["resources"]![0]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "type", "name", "urn", "parent", "inputs" }));
    }

    [Test]
    public async Task ThePlanIsPrintedAsTheIndentedTextOfOneDocumentWithEveryValueEscapedAsBefore()
    {
        var (plan, _) = await PlanSyntheticAsync();
        var tricky = new JsonObject
        {
            ["text"] = "quote \" backslash \\ tab \t line\n <tag> & 'é' \u2028 \U0001F600",
            ["list"] = new JsonArray(1, 2.5, true, null, new JsonObject()),
            ["empty"] = new JsonArray(),
        };
        plan = plan with { Resources = [.. plan.Resources, new PlannedResource("test:index/x:X", "x", "urn:x", null, tricky)] };

        // The same plan built as one document and printed with the plan's options: the text the plan always had.
        var resources = new JsonArray();
        foreach (var resource in plan.Resources)
        {
            resources.Add(new JsonObject
            {
                ["type"] = resource.Type,
                ["name"] = resource.Name,
                ["urn"] = resource.Urn,
                ["parent"] = resource.Parent,
                ["inputs"] = resource.Inputs.DeepClone(),
            });
        }

        var document = new JsonObject { ["stack"] = plan.Stack, ["resources"] = resources }.ToJsonString(PlanJson.Options) + "\n";

        Assert.That(PlanJson.Write(plan), Is.EqualTo(document));
    }
}
