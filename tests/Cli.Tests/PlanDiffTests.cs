using System.Text.Json.Nodes;

namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class PlanDiffTests
{
    private const string Stack = "urn:pulumi:dev::identity-fabric::pulumi:pulumi:Stack::identity-fabric-dev";

    private static PlannedResource R(string name, string inputs, string type = "aws:iam/role:Role") =>
        new(type, name, $"urn:pulumi:dev::identity-fabric::{type}::{name}", Stack, (JsonObject)JsonNode.Parse(inputs)!);

    private static StackPlan Plan(params PlannedResource[] resources) => new("dev", resources);

    [Test]
    public void EqualPlansHaveNoChanges()
    {
        var plan = Plan(R("a", """{"name":"a"}"""), R("b", """{"name":"b"}"""));

        var diff = PlanDiff.Between(plan, plan);

        Assert.That(diff.IsEmpty, Is.True);
        Assert.That(diff.Summary, Does.StartWith("no changes"));
        Assert.That(DiffRendering.Markdown(diff), Does.Contain("no changes"));
    }

    [Test]
    public void AddedRemovedAndChangedResourcesAreTellApartByUrn()
    {
        var old = Plan(R("kept", """{"name":"k"}"""), R("gone", """{"name":"g"}"""), R("edited", """{"name":"e","tags":{"Owner":"a"}}"""));
        var @new = Plan(R("kept", """{"name":"k"}"""), R("fresh", """{"name":"f"}"""), R("edited", """{"name":"e","tags":{"Owner":"b"}}"""));

        var diff = PlanDiff.Between(old, @new);

        Assert.That(diff.Added.Select(r => r.Name), Is.EqualTo(new[] { "fresh" }));
        Assert.That(diff.Removed.Select(r => r.Name), Is.EqualTo(new[] { "gone" }));
        Assert.That(diff.Changed.Select(c => c.Resource.Name), Is.EqualTo(new[] { "edited" }));
        Assert.That(diff.Changed[0].Changes.Select(c => c.Path), Is.EqualTo(new[] { "tags.Owner" }));
        Assert.That(diff.Unchanged, Is.EqualTo(1));
        Assert.That(diff.Summary, Is.EqualTo("1 to add, 1 to change, 1 to remove, 1 unchanged"));
    }

    [Test]
    public void AddedAndRemovedInputsAreChangesToo()
    {
        var diff = PlanDiff.Between(Plan(R("r", """{"a":1}""")), Plan(R("r", """{"b":2}""")));

        Assert.That(diff.Changed[0].Changes.Select(c => (c.Path, c.Old?.ToJsonString(), c.New?.ToJsonString())),
            Is.EqualTo(new[] { ("a", "1", (string?)null), ("b", null, "2") }));
    }

    [Test]
    public void NamedListEntriesAreMatchedByNameSoAnInsertionIsOneChange()
    {
        var old = Plan(R("w", """{"bindings":[{"name":"A","text":"1"},{"name":"C","text":"3"}]}"""));
        var @new = Plan(R("w", """{"bindings":[{"name":"A","text":"1"},{"name":"B","text":"2"},{"name":"C","text":"3"}]}"""));

        var changes = PlanDiff.Between(old, @new).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "bindings[name=B]" }));
    }

    [Test]
    public void UnnamedListEntriesAreComparedByPosition()
    {
        var changes = PlanDiff.Between(
            Plan(R("r", """{"rules":[{"port":1},{"port":2}]}""")),
            Plan(R("r", """{"rules":[{"port":1},{"port":3},{"port":4}]}"""))).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "rules[1].port", "rules[2]" }));
    }

    [Test]
    public void ListsOfPlainValuesAreComparedAsMembersSoAnInsertionIsOneChange()
    {
        var changes = PlanDiff.Between(Plan(R("r", """{"hosts":["a","b","d"]}""")), Plan(R("r", """{"hosts":["a","c","b","d"]}"""))).Changed.Single().Changes;

        Assert.That(changes.Select(c => (c.Path, c.Old?.ToJsonString(), c.New?.ToJsonString())), Is.EqualTo(new[] { ("hosts[]", (string?)null, "\"c\"") }));
    }

    [Test]
    public void ListsOfPlainValuesShowRemovalsAndAChangedOrder()
    {
        var removed = PlanDiff.Between(Plan(R("r", """{"hosts":["a","b"]}""")), Plan(R("r", """{"hosts":["a","c","d"]}"""))).Changed.Single().Changes;
        var reordered = PlanDiff.Between(Plan(R("r", """{"hosts":["a","b"]}""")), Plan(R("r", """{"hosts":["b","a"]}"""))).Changed.Single().Changes;

        Assert.That(removed.Select(c => (c.Path, c.Old?.ToJsonString(), c.New?.ToJsonString())),
            Is.EqualTo(new[] { ("hosts[]", "\"b\"", (string?)null), ("hosts[]", null, "\"c\""), ("hosts[]", null, "\"d\"") }));
        Assert.That(reordered.Select(c => c.Path), Is.EqualTo(new[] { "hosts(order)" }), "an order change is a change too");
    }

    [Test]
    public void JsonValuedStringsAreComparedAsTheDocumentsTheyHold()
    {
        // An auth policy: statements matched by Sid, the one new principal shown at its own path.
        static string Policy(string principals) => $$$$"""{"Version":"2012-10-17","Statement":[{"Sid":"CatalogCallers","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111111111111:role/dev-gateway"]},"Action":"vpc-lattice-svcs:Invoke","Resource":"arn:aws:vpc-lattice:eu-west-1:111111111111:service/svc-0123456789abcdef0/*"},{"Sid":"RouteOrdersCreate","Effect":"Allow","Principal":{"AWS":[{{{{principals}}}}]},"Action":"vpc-lattice-svcs:Invoke","Resource":"arn:aws:vpc-lattice:eu-west-1:111111111111:service/svc-0123456789abcdef0/api/orders","Condition":{"StringEquals":{"vpc-lattice-svcs:RequestMethod":["POST"]}}}]}""";
        var old = Plan(R("auth", new JsonObject { ["policy"] = Policy("\"arn:aws:iam::111111111111:role/dev-customer-federated\"") }.ToJsonString(), "aws:vpclattice/authPolicy:AuthPolicy"));
        var @new = Plan(R("auth", new JsonObject { ["policy"] = Policy("\"arn:aws:iam::111111111111:role/dev-customer-federated\",\"arn:aws:iam::111111111111:role/dev-support-federated\"") }.ToJsonString(), "aws:vpclattice/authPolicy:AuthPolicy"));

        var diff = PlanDiff.Between(old, @new);
        var change = diff.Changed.Single().Changes.Single();
        var markdown = DiffRendering.Markdown(diff);

        Assert.That(change.Path, Is.EqualTo("policy#Statement[Sid=RouteOrdersCreate].Principal.AWS[]"));
        Assert.That(change.New!.GetValue<string>(), Is.EqualTo("arn:aws:iam::111111111111:role/dev-support-federated"));
        Assert.That(markdown, Does.Contain("`policy#Statement[Sid=RouteOrdersCreate].Principal.AWS[]`: _(none)_ → `\"arn:aws:iam::111111111111:role/dev-support-federated\"`"));
    }

    [Test]
    public void RoutePolicyRoutesAreMatchedById()
    {
        static string Document(string roles) => $$"""{"schema":1,"routes":[{"id":"orders-create","roles":[{{roles}}]},{"id":"orders-read","roles":["customer"]}]}""";
        var old = Plan(R("edge-route-policy", new JsonObject { ["value"] = Document("\"customer\"") }.ToJsonString(), "cloudflare:index/workersKv:WorkersKv"));
        var @new = Plan(R("edge-route-policy", new JsonObject { ["value"] = Document("\"customer\",\"support\"") }.ToJsonString(), "cloudflare:index/workersKv:WorkersKv"));

        var changes = PlanDiff.Between(old, @new).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "value#routes[id=orders-create].roles[]" }));
    }

    [Test]
    public void TunnelIngressRulesAreMatchedByHostnameWithTheCatchAllApart()
    {
        var old = Plan(R("tunnel-config", """{"config":{"ingresses":[{"hostname":"api.example.com","service":"http://127.0.0.1:10000"},{"service":"http_status:404"}]}}""", "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig"));
        var @new = Plan(R("tunnel-config", """{"config":{"ingresses":[{"hostname":"admin.example.com","service":"http://127.0.0.1:10000"},{"hostname":"api.example.com","service":"http://127.0.0.1:10000"},{"service":"http_status:503"}]}}""", "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig"));

        var changes = PlanDiff.Between(old, @new).Changed.Single().Changes;

        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[]
        {
            "config.ingresses[hostname=admin.example.com]",
            "config.ingresses[no hostname].service",
        }));
    }

    [Test]
    public void AJsonStringThatOnlyChangedItsSpacingIsStillAChange()
    {
        var diff = PlanDiff.Between(Plan(R("r", """{"policy":"{\"a\":1}"}""")), Plan(R("r", """{"policy":"{ \"a\": 1 }"}""")));

        Assert.That(diff.Changed.Single().Changes.Single().Path, Is.EqualTo("policy"));
    }

    [Test]
    public void SecretsInsideJsonValuedStringsStayMasked()
    {
        var old = Plan(R("cfg", """{"config":"{\"password\":\"old-plain-secret\",\"port\":1}"}"""));
        var @new = Plan(R("cfg", """{"config":"{\"password\":\"new-plain-secret\",\"port\":2}"}"""));

        var diff = PlanDiff.Between(old, @new);

        Assert.That(diff.Changed.Single().Changes.Select(c => c.Path), Is.EqualTo(new[] { "config#port" }));
        Assert.That(DiffRendering.Markdown(diff) + DiffRendering.Json(diff), Does.Not.Contain("plain-secret"));
    }

    [Test]
    public void ALongValueIsCutAroundItsChangeSoTheChangeShows()
    {
        var head = new string('a', 400);
        var tail = new string('z', 400);
        var diff = PlanDiff.Between(Plan(R("r", $$"""{"content":"{{head}}OLD{{tail}}"}""")), Plan(R("r", $$"""{"content":"{{head}}NEW{{tail}}"}""")));

        var markdown = DiffRendering.Markdown(diff);

        Assert.That(markdown, Does.Contain("aOLDz").And.Contain("aNEWz"));
        Assert.That(markdown, Does.Not.Contain(head));
    }

    [Test]
    public void KeysThatAreNotIdentifiersAreQuotedInPaths()
    {
        var changes = PlanDiff.Between(Plan(R("r", """{"tags":{"a.b c":"1"}}""")), Plan(R("r", """{"tags":{"a.b c":"2"}}"""))).Changed.Single().Changes;

        Assert.That(changes.Single().Path, Is.EqualTo("tags[\"a.b c\"]"));
    }

    [Test]
    public void SecretValuesFromPlansWrittenElsewhereAreMaskedInTheDiff()
    {
        var old = Plan(R("v", """{"secretString":"old-plain-secret","description":"x"}""", "aws:secretsmanager/secretVersion:SecretVersion"));
        var @new = Plan(R("v", """{"secretString":"new-plain-secret","description":"y"}""", "aws:secretsmanager/secretVersion:SecretVersion"));

        var diff = PlanDiff.Between(old, @new);
        var markdown = DiffRendering.Markdown(diff);
        var json = DiffRendering.Json(diff);

        Assert.That(markdown + json, Does.Not.Contain("plain-secret"));
        Assert.That(diff.Changed.Single().Changes.Select(c => c.Path), Is.EqualTo(new[] { "description" }));
    }

    [Test]
    public void TheMarkdownListsEachSectionAndTheChangedPaths()
    {
        var diff = PlanDiff.Between(
            Plan(R("gone", "{}"), R("edited", """{"maxSessionDuration":3600}""")),
            Plan(R("fresh", "{}"), R("edited", """{"maxSessionDuration":7200}""")));

        var markdown = DiffRendering.Markdown(diff);

        Assert.That(markdown, Does.Contain("#### Added (1)").And.Contain("| + | `aws:iam/role:Role` | fresh |"));
        Assert.That(markdown, Does.Contain("#### Removed (1)").And.Contain("| - | `aws:iam/role:Role` | gone |"));
        Assert.That(markdown, Does.Contain("`maxSessionDuration`: `3600` → `7200`"));
    }

    [Test]
    public void LongValuesAreCutInMarkdownButKeptWholeInJson()
    {
        var longText = new string('a', 500);
        var diff = PlanDiff.Between(Plan(R("r", """{"policy":"x"}""")), Plan(R("r", $$"""{"policy":"{{longText}}"}""")));

        Assert.That(DiffRendering.Markdown(diff), Does.Not.Contain(longText).And.Contain("…"));
        Assert.That(DiffRendering.Json(diff), Does.Contain(longText));
    }

    [Test]
    public void AnAddedValueShowsWholeUpToALimitThenSaysWhereTheRestIs()
    {
        var entry = new string('b', 600);
        var huge = new string('c', 3000);
        var diff = PlanDiff.Between(
            Plan(R("r", """{"bindings":[{"name":"A"}]}""")),
            Plan(R("r", $$"""{"bindings":[{"name":"A"},{"name":"B","text":"{{entry}}"},{"name":"C","text":"{{huge}}"}]}""")));

        var markdown = DiffRendering.Markdown(diff);

        Assert.That(markdown, Does.Contain(entry), "an added entry is the change: it shows whole");
        Assert.That(markdown, Does.Not.Contain(huge).And.Contain("more characters: see the JSON diff"));
    }

    [Test]
    public void ComponentsAreListedApartAndNotCounted()
    {
        var component = new PlannedResource("identity-fabric:edge:Edge", "edge", "urn:pulumi:dev::identity-fabric::identity-fabric:edge:Edge::edge", Stack, []);
        var stack = new PlannedResource("pulumi:pulumi:Stack", "identity-fabric-dev", Stack, null, []);

        var diff = PlanDiff.Between(Plan(stack, R("a", "{}")), Plan(stack, component, R("a", "{}")));

        Assert.That(diff.Added, Is.Empty);
        Assert.That(diff.Unchanged, Is.EqualTo(1), "the stack is not a managed resource either");
        Assert.That(diff.ComponentsAdded.Select(c => c.Name), Is.EqualTo(new[] { "edge" }));
        Assert.That(DiffRendering.Markdown(diff), Does.Contain("+ edge (`identity-fabric:edge:Edge`)"));
    }

    [Test]
    public void TheJsonDiffCarriesCountsAndPaths()
    {
        var diff = PlanDiff.Between(Plan(R("r", """{"a":1}""")), Plan(R("r", """{"a":2}"""), R("s", "{}")));

        var json = JsonNode.Parse(DiffRendering.Json(diff))!;

        Assert.That(json["counts"]!["add"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["counts"]!["change"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["changed"]![0]!["changes"]![0]!["path"]!.GetValue<string>(), Is.EqualTo("a"));
    }

    [Test]
    public void TheAccessDiffComesFirstAndSaysWhenItCannotCompare()
    {
        var diff = PlanDiff.Between(Plan(R("a", "{}")), Plan(R("a", "{}")));

        var markdown = DiffRendering.Markdown(diff);
        var json = JsonNode.Parse(DiffRendering.Json(diff))!;

        Assert.That(markdown, Does.StartWith("### Effective access in stack `dev`"));
        Assert.That(markdown, Does.Contain("_not compared: neither plan carries an effective-access model"));
        Assert.That(json.AsObject().Select(p => p.Key).Take(3), Is.EqualTo(new[] { "oldStack", "newStack", "access" }));
        Assert.That(json["access"]!["compared"]!.GetValue<bool>(), Is.False);
        Assert.That(DiffRendering.Markdown(diff, DiffParts.Resources), Does.StartWith("### Plan diff of stack `dev`"));
        Assert.That(DiffRendering.Markdown(diff, DiffParts.Access), Does.Not.Contain("### Plan diff"));
    }
}
