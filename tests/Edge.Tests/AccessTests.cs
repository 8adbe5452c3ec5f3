using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.Access;
using IdentityFabric.Testing;
using static IdentityFabric.Edge.Tests.EdgeRun;

namespace IdentityFabric.Edge.Tests;

public sealed class AccessTests
{
    [TestCase("dev")]
    [TestCase("prod")]
    public async Task AccessPoliciesIncludeExactlyTheCatalogGroups(string environment)
    {
        var view = ExampleCatalog.View(environment);
        var run = await StartAsync(view);
        var groupIdByRole = view.Roles.ToDictionary(r => r.Name, r => IdOf(run, $"edge-group-{r.Name}"), StringComparer.Ordinal);

        Assert.That(view.BrowserApps, Is.Not.Empty);
        foreach (var app in view.BrowserApps)
        {
            var policy = run.Named($"edge-policy-{app.App.Name}");
            var included = Objects(policy.Inputs, "includes").Select(i => Text(Object(i, "group"), "id"));

            Assert.Multiple(() =>
            {
                Assert.That(Text(policy.Inputs, "decision"), Is.EqualTo("allow"));
                Assert.That(included, Is.EquivalentTo(app.App.AllowedRoles.Distinct().Select(r => groupIdByRole[r])), app.App.Name);
                var application = run.Named($"edge-app-{app.App.Name}");
                Assert.That(Text(application.Inputs, "domain"), Is.EqualTo(app.Domain));
                Assert.That(Objects(application.Inputs, "policies").Select(p => Text(p, "id")), Is.EqualTo(new[] { IdOf(run, $"edge-policy-{app.App.Name}") }));
            });
        }
    }

    [Test]
    public async Task EachRolesAccessGroupAdmitsExactlyItsIdpGroupsThroughTheGroupsClaim()
    {
        var view = ExampleCatalog.View("dev");
        var run = await StartAsync(view);
        var okta = view.IdentityProviders.Single(p => p.Name == "okta");

        foreach (var role in view.Roles)
        {
            var rules = Objects(run.Named($"edge-group-{role.Name}").Inputs, "includes").Select(i => Object(i, "oidc")).ToList();

            Assert.Multiple(() =>
            {
                Assert.That(rules.Select(r => Text(r, "claimValue")), Is.EquivalentTo(role.IdpGroups.Distinct()), role.Name);
                Assert.That(rules.Select(r => Text(r, "claimName")), Has.All.EqualTo(okta.Claims.Groups));
                Assert.That(rules.Select(r => Text(r, "identityProviderId")), Has.All.EqualTo("00000000-0000-4000-8000-0000000000aa"));
            });
        }
    }

    [Test]
    public void WithoutTheAccessIdentityProviderIdNoGroupCanBeBuilt()
    {
        var view = ExampleCatalog.View("dev");

        Assert.That(
            async () => await Pulumi.Deployment.TestAsync(new FabricMocks(), new Pulumi.Testing.TestOptions { IsPreview = false }, () =>
            {
                _ = new Components.Edge.EdgeComponent("edge", new Components.Edge.EdgeArgs
                {
                    View = view,
                    WorkerBundlePath = FakeBundle(),
                    SigningKeyCurrent = CurrentKey,
                    SigningKeyPrevious = PreviousKey,
                    SigningKeyCurrentId = "k1",
                    SigningKeyPreviousId = "k0",
                    OriginUrl = "https://ingress.dev.internal",
                });
            }),
            Throws.Exception.With.Message.Contains("okta"));
    }

    [Test]
    public void ARoleBoundToCloudflareAccessCannotBecomeAnAccessGroup()
    {
        var catalog = ExampleCatalog.Load();
        var odd = catalog with { Roles = catalog.Roles.Select(r => r.Name == "admin" ? r with { Provider = "access" } : r).ToList() };

        Assert.That(() => AccessPlanner.Groups(EnvironmentResolver.Resolve(odd, "dev").GetView()), Throws.ArgumentException.With.Message.Contains("admin"));
    }

    [Test]
    public async Task EveryMachineClientGetsAServiceTokenWithItsLifetime()
    {
        var view = ExampleCatalog.View("dev");
        var run = await StartAsync(view);

        foreach (var client in view.MachineClients)
        {
            var token = run.Named($"edge-token-{client.Name}");
            Assert.That(Text(token.Inputs, "duration"), Is.EqualTo($"{(int)client.TokenDuration.TotalHours}h"));
        }

        Assert.That(run.OfType(TokenType), Has.Count.EqualTo(view.MachineClients.Count).And.Count.GreaterThan(0));
    }

    [Test]
    public void ServiceTokenSecretsRotateEachPeriodWithAnOverlapWindow()
    {
        var view = ExampleCatalog.View("dev");
        var client = view.MachineClients.Single(c => c.Name == "warehouse-sync");
        var days = client.RotationDays;
        var start = AccessPlanner.RotationAnchor;

        ServiceTokenPlan At(DateOnly date) => AccessPlanner.ServiceTokens(view, date).Single(t => t.Client == client.Name);

        var first = At(start);
        var lastDayOfFirst = At(start.AddDays(days - 1));
        var second = At(start.AddDays(days));
        var expires = DateTimeOffset.Parse(second.PreviousSecretExpiresAt!, System.Globalization.CultureInfo.InvariantCulture);
        var rotatedOn = start.AddDays(days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        Assert.Multiple(() =>
        {
            Assert.That(first.SecretVersion, Is.EqualTo(1));
            Assert.That(first.PreviousSecretExpiresAt, Is.Null, "nothing to overlap before the first rotation");
            Assert.That(lastDayOfFirst.SecretVersion, Is.EqualTo(1));
            Assert.That(second.SecretVersion, Is.EqualTo(2));
            Assert.That(expires.UtcDateTime, Is.GreaterThan(rotatedOn), "the old secret outlives the rotation");
            Assert.That(expires.UtcDateTime, Is.LessThanOrEqualTo(rotatedOn.AddDays(AccessPlanner.MaxOverlapDays)), "but not for long");
            Assert.That(AccessPlanner.ServiceTokens(view, null).Single().SecretVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AServiceTokenRotationIsAnInPlaceVersionBumpNotANewToken()
    {
        var view = ExampleCatalog.View("dev");
        var bundle = FakeBundle();
        var before = await StartAsync(view, bundle, AccessPlanner.RotationAnchor);
        var after = await StartAsync(view, bundle, AccessPlanner.RotationAnchor.AddDays(90));

        var tokenBefore = before.Named("edge-token-warehouse-sync");
        var tokenAfter = after.Named("edge-token-warehouse-sync");

        Assert.Multiple(() =>
        {
            Assert.That(Text(tokenAfter.Inputs, "name"), Is.EqualTo(Text(tokenBefore.Inputs, "name")));
            Assert.That(Text(tokenAfter.Inputs, "clientSecretVersion"), Is.EqualTo("2"));
            Assert.That(tokenBefore.Inputs.ContainsKey("clientSecretVersion"), Is.False, "no version before the first rotation");
            Assert.That(tokenBefore.Inputs.ContainsKey("previousClientSecretExpiresAt"), Is.False, "the provider takes the two only together");
            Assert.That(Text(tokenAfter.Inputs, "previousClientSecretExpiresAt"), Does.StartWith("2026-04-0"));
        });
    }

    [TestCase(8, "8h")]
    [TestCase(0.5, "30m")]
    public void SessionDurationsUseCloudflaresNotation(double hours, string expected) =>
        Assert.That(AccessPlanner.GoDuration(TimeSpan.FromHours(hours)), Is.EqualTo(expected));

    private static string IdOf(EdgeRun run, string name)
    {
        var resource = run.Named(name);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{resource.Type}/{resource.Name}")))[..32];
    }
}
