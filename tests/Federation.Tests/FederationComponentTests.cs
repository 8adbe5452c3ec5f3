using System.Text.Json;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;
using IdentityFabric.Testing;
using static IdentityFabric.Federation.Tests.FederationRun;

namespace IdentityFabric.Federation.Tests;

public sealed class FederationComponentTests
{
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task EveryTrustPolicyNamesOneProviderAndOneAudience(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view);

        Assert.That(run.Roles, Has.Count.EqualTo(view.Roles.Count));
        foreach (var role in view.Roles)
        {
            var provider = role.Provider ?? view.IdentityProviders.Single(p => p.Kind == IdentityProviderKind.Oidc).Name;
            var audience = view.IdentityProviders.Single(p => p.Name == provider).Audiences[0];
            var audienceKey = FederationPlanner.ConditionPrefix(view.IdentityProviders.Single(p => p.Name == provider).Issuer) + ":aud";
            using var policy = JsonDocument.Parse(Text(run.RoleFor(role.Name), "assumeRolePolicy"));
            var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();

            Assert.That(statements, Is.Not.Empty, role.Name);
            foreach (var statement in statements)
            {
                var principal = statement.GetProperty("Principal");
                var conditions = statement.GetProperty("Condition").EnumerateObject().ToList();
                var audienceConditions = conditions.SelectMany(c => c.Value.EnumerateObject())
                    .Where(k => k.Name.EndsWith(":aud", StringComparison.Ordinal)).ToList();
                Assert.Multiple(() =>
                {
                    Assert.That(principal.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "Federated" }), role.Name);
                    Assert.That(principal.GetProperty("Federated").ValueKind, Is.EqualTo(JsonValueKind.String), "one provider, not a list");
                    Assert.That(principal.GetProperty("Federated").GetString(), Is.EqualTo(run.ProviderArns[provider]));
                    Assert.That(conditions.Select(c => c.Name), Is.EqualTo(new[] { "StringEquals" }), "exact matches only");
                    Assert.That(audienceConditions, Has.Count.EqualTo(1));
                    Assert.That(audienceConditions[0].Name, Is.EqualTo(audienceKey));
                    Assert.That(audienceConditions[0].Value.ValueKind, Is.EqualTo(JsonValueKind.String), "one audience, not a list");
                    Assert.That(audienceConditions[0].Value.GetString(), Is.EqualTo(audience));
                });
            }
        }
    }

    [TestCase("staging")]
    [TestCase("prod")]
    public async Task NoRoleIsAssumableWithoutAGroupCondition(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view);

        foreach (var role in view.Roles)
        {
            using var policy = JsonDocument.Parse(Text(run.RoleFor(role.Name), "assumeRolePolicy"));
            var required = new List<string>();
            foreach (var statement in policy.RootElement.GetProperty("Statement").EnumerateArray())
            {
                var groups = statement.GetProperty("Condition").GetProperty("StringEquals").EnumerateObject()
                    .Where(k => k.Name.StartsWith("aws:RequestTag/" + SessionTags.GroupTagPrefix, StringComparison.Ordinal))
                    .Select(k => (Group: k.Name[("aws:RequestTag/" + SessionTags.GroupTagPrefix).Length..], Value: k.Value.GetString()))
                    .ToList();
                Assert.That(groups, Has.Count.EqualTo(1), $"{role.Name}: each way in requires exactly one group tag");
                Assert.That(groups[0].Value, Is.EqualTo(SessionTags.GroupTagValue));
                required.Add(groups[0].Group);
            }

            Assert.That(required, Is.EquivalentTo(role.IdpGroups.Distinct()), $"{role.Name}: its groups and only them");
        }
    }

    [TestCase("staging")]
    [TestCase("prod")]
    public async Task SessionDurationIsAtMostOneHour(string environment)
    {
        var run = await StartAsync(ExampleCatalog.View(environment));

        Assert.That(run.Roles, Is.Not.Empty);
        foreach (var role in run.Roles)
        {
            Assert.That(role.Inputs.ContainsKey("maxSessionDuration"), Is.True, $"{role.Name} states its limit instead of inheriting one");
            Assert.That(Convert.ToInt32(role.Inputs["maxSessionDuration"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(900, 3600), role.Name);
        }
    }

    [Test]
    public async Task NothingIsCreatedWhenPropagationIsAssertionOnly()
    {
        var dev = ExampleCatalog.View("dev");
        Assert.That(dev.Environment.IdentityPropagation, Is.EqualTo(IdentityPropagation.Assertion), "the example's dev signs assertions only");

        var run = await StartAsync(dev);

        Assert.Multiple(() =>
        {
            Assert.That(run.Mocks.CloudResources, Is.Empty);
            Assert.That(run.RoleArns, Is.Empty);
            Assert.That(run.ProviderArns, Is.Empty);
        });
    }

    [TestCase(IdentityPropagation.Sts)]
    [TestCase(IdentityPropagation.Both)]
    public async Task EveryCatalogRoleIsFederatedWhenTheEdgeUsesSts(IdentityPropagation propagation)
    {
        var view = WithPropagation("dev", propagation);

        var run = await StartAsync(view);

        Assert.Multiple(() =>
        {
            Assert.That(run.Roles.Select(r => Text(r, "name")),
                Is.EquivalentTo(view.Roles.Select(r => ResourceNames.FederatedRoleName("dev", r.Name))));
            Assert.That(run.RoleArns.Keys, Is.EquivalentTo(view.Roles.Select(r => r.Name)));
            Assert.That(run.RoleArns.Values, Is.EquivalentTo(run.Roles.Select(r => $"arn:aws:iam:{FabricMocks.Region}:{FabricMocks.AccountId}:role/{Text(r, "name")}")));
        });
    }

    [Test]
    public async Task EachOidcIssuerBecomesOneIamProviderWithItsAudiencesAndThumbprints()
    {
        var view = ExampleCatalog.View("staging");
        var second = "8c7e1d3b0a5f4e2d1c9b8a7f6e5d4c3b2a1f0e9d";

        var run = await StartAsync(view, [Thumbprint.ToUpperInvariant(), second, Thumbprint]);

        var oidc = view.IdentityProviders.Where(p => p.Kind == IdentityProviderKind.Oidc).ToList();
        Assert.That(run.Providers, Has.Count.EqualTo(oidc.Count));
        Assert.That(run.ProviderArns.Keys, Is.EquivalentTo(oidc.Select(p => p.Name)));
        foreach (var provider in oidc)
        {
            var created = run.Providers.Single(p => p.Name == $"federation-{provider.Name}");
            Assert.Multiple(() =>
            {
                Assert.That(Text(created, "url"), Is.EqualTo(provider.Issuer));
                Assert.That(List(created, "clientIdLists"), Is.EqualTo(provider.Audiences));
                Assert.That(List(created, "thumbprintLists"), Is.EqualTo(new[] { Thumbprint, second }), "normalized, duplicates dropped");
            });
        }
    }

    [Test]
    public async Task CloudflareAccessTokensAssumeNoRole()
    {
        var view = ExampleCatalog.View("staging");
        var access = view.IdentityProviders.Single(p => p.Kind == IdentityProviderKind.CloudflareAccess);

        var run = await StartAsync(view);

        Assert.Multiple(() =>
        {
            Assert.That(run.Providers.Select(p => Text(p, "url")), Has.None.EqualTo(access.Issuer));
            Assert.That(run.ProviderArns.Keys, Does.Not.Contain(access.Name));
        });
    }

    [Test]
    public async Task ProdProtectsFederatedIdentitiesFromDeletionAndStagingDoesNot()
    {
        Assert.That(ExampleCatalog.View("prod").Environment.Protects(ProtectedResourceKind.Iam), Is.True);
        Assert.That(ExampleCatalog.View("staging").Environment.Protects(ProtectedResourceKind.Iam), Is.False);

        var prod = await StartAsync(ExampleCatalog.View("prod"));
        var staging = await StartAsync(ExampleCatalog.View("staging"));

        static IEnumerable<RequestedResource> Iam(FederationRun run) =>
            run.Requested.Where(r => r.Type is ProviderType or RoleType);
        Assert.Multiple(() =>
        {
            Assert.That(Iam(prod), Is.Not.Empty);
            Assert.That(Iam(prod).Select(r => r.Options.Protect), Has.All.True);
            Assert.That(Iam(staging).Select(r => r.Options.Protect), Has.None.True);
        });
    }

    [Test]
    public async Task EveryResourceCarriesTheFabricTags()
    {
        var run = await StartAsync(ExampleCatalog.View("staging"));

        foreach (var resource in run.Providers.Concat(run.Roles))
        {
            var tags = ((IEnumerable<KeyValuePair<string, object>>)resource.Inputs["tags"]).ToDictionary(p => p.Key, p => p.Value);
            Assert.That(tags, Does.ContainKey("identity-fabric:component").WithValue("federation"), resource.Name);
            Assert.That(tags, Does.ContainKey("identity-fabric:environment").WithValue("staging"), resource.Name);
        }
    }

    [Test]
    public async Task ReorderingTheCatalogReplacesNothingAndRewritesNoPolicy()
    {
        var view = ExampleCatalog.View("staging");
        var reordered = WithCatalog(view, c => c with
        {
            Roles = c.Roles.Reverse().Select(r => r with { IdpGroups = r.IdpGroups.Reverse().ToList(), Description = "reworded" }).ToList(),
            IdentityProviders = c.IdentityProviders.Reverse().ToList(),
        });

        var before = await StartAsync(view);
        var after = await StartAsync(reordered);

        static Dictionary<string, string> Policies(FederationRun run) =>
            run.Roles.ToDictionary(r => r.Name!, r => Text(r, "assumeRolePolicy"));
        Assert.Multiple(() =>
        {
            Assert.That(after.Mocks.CloudResources.Select(r => r.Name), Is.EquivalentTo(before.Mocks.CloudResources.Select(r => r.Name)));
            Assert.That(Policies(after), Is.EqualTo(Policies(before)));
        });
    }
}
