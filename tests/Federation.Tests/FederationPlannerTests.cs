using IdentityFabric.Catalog;
using IdentityFabric.Components.Federation;
using IdentityFabric.Testing;
using static IdentityFabric.Federation.Tests.FederationRun;

namespace IdentityFabric.Federation.Tests;

public sealed class FederationPlannerTests
{
    private static EnvironmentView Staging => ExampleCatalog.View("staging");

    private static IdentityProvider Okta => Staging.IdentityProviders.Single(p => p.Name == "okta");

    [Test]
    public void RolesWithoutAProviderUseTheCatalogsOnlyOidcIssuer()
    {
        var plan = FederationPlanner.Plan(Staging, []);

        Assert.That(plan.Roles, Is.Not.Empty);
        Assert.That(plan.Roles.Select(r => r.Provider.CatalogName), Has.All.EqualTo("okta"));
        Assert.That(plan.Roles.Select(r => r.Audience), Has.All.EqualTo(Okta.Audiences[0]));
    }

    [Test]
    public void ARoleWithoutAProviderIsRefusedWhenSeveralOidcIssuersCouldAssumeIt()
    {
        var second = Okta with { Name = "entra", Issuer = "https://login.example.net/tenant/v2.0" };
        var view = WithCatalog(Staging, c => c with { IdentityProviders = [.. c.IdentityProviders, second] });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        var unnamed = view.Roles.Where(r => r.Provider is null).Select(r => r.Name).ToList();
        Assert.That(unnamed, Is.Not.Empty);
        Assert.That(error.Problems, Has.Count.EqualTo(unnamed.Count));
        foreach (var role in unnamed)
        {
            Assert.That(error.Message, Does.Contain($"role '{role}'").And.Contain("okta, entra").And.Contain("provider:"));
        }
    }

    [Test]
    public void ANamedProviderWinsOverTheOthers()
    {
        var second = Okta with { Name = "entra", Issuer = "https://login.example.net/tenant/v2.0", Audiences = ["api://entra-app"] };
        var view = WithCatalog(Staging, c => c with
        {
            IdentityProviders = [.. c.IdentityProviders, second],
            Roles = c.Roles.Select(r => r with { Provider = r.Name == "finance" ? "entra" : "okta" }).ToList(),
        });

        var plan = FederationPlanner.Plan(view, []);

        var finance = plan.Roles.Single(r => r.CatalogName == "finance");
        Assert.Multiple(() =>
        {
            Assert.That(finance.Provider.CatalogName, Is.EqualTo("entra"));
            Assert.That(finance.Audience, Is.EqualTo("api://entra-app"));
            Assert.That(finance.Provider.ConditionPrefix, Is.EqualTo("login.example.net/tenant/v2.0"));
            Assert.That(plan.Providers.Select(p => p.CatalogName), Is.EquivalentTo(new[] { "okta", "entra" }));
        });
    }

    [Test]
    public void ARoleTiedToCloudflareAccessIsRefused()
    {
        var view = WithCatalog(Staging, c => c with { Roles = c.Roles.Select(r => r.Name == "admin" ? r with { Provider = "access" } : r).ToList() });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        Assert.That(error.Message, Does.Contain("role 'admin'").And.Contain("Cloudflare Access"));
    }

    [Test]
    public void AProviderWithoutAudienceCannotBeTrusted()
    {
        var view = WithCatalog(Staging, c => c with
        {
            IdentityProviders = c.IdentityProviders.Select(p => p.Name == "okta" ? p with { Audiences = [] } : p).ToList(),
        });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        Assert.That(error.Message, Does.Contain("lists no audience"));
        Assert.That(error.Problems, Has.Count.EqualTo(view.Roles.Count));
    }

    [Test]
    public void ThePrimaryAudienceIsTheFirstTheCatalogLists()
    {
        var view = WithCatalog(Staging, c => c with
        {
            IdentityProviders = c.IdentityProviders.Select(p => p.Name == "okta" ? p with { Audiences = ["api://primary", "api://other"] } : p).ToList(),
        });

        var plan = FederationPlanner.Plan(view, []);

        Assert.That(plan.Roles.Select(r => r.Audience), Has.All.EqualTo("api://primary"));
        Assert.That(plan.Providers.Single().Audiences, Is.EqualTo(new[] { "api://primary", "api://other" }), "IAM still knows every client id");
    }

    [TestCase("http://login.example.com/oauth2/default")]
    [TestCase("https://login.example.com/oauth2/default?tenant=1")]
    [TestCase("login.example.com")]
    public void AnIssuerIamCannotTrustIsRefused(string issuer)
    {
        var view = WithCatalog(Staging, c => c with
        {
            IdentityProviders = c.IdentityProviders.Select(p => p.Name == "okta" ? p with { Issuer = issuer } : p).ToList(),
        });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        Assert.That(error.Message, Does.Contain("https issuer"));
    }

    [TestCase("shop customers")]
    [TestCase("team@example.com")]
    [TestCase("a/b:c=d+e")]
    public void GroupsThatFitASessionTagKeyAreAccepted(string group)
    {
        Assert.That(SessionTags.IsUsableGroup(group), Is.True);
    }

    [TestCase("")]
    [TestCase("sales & marketing")]
    [TestCase("ops,dev")]
    [TestCase("grüppe*")]
    [TestCase("quote\"d")]
    public void GroupsThatCannotTravelAsSessionTagsAreRefused(string group)
    {
        Assert.That(SessionTags.IsUsableGroup(group), Is.False);
        var view = WithCatalog(Staging, c => c with { Roles = c.Roles.Select(r => r.Name == "finance" ? r with { IdpGroups = [group] } : r).ToList() });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        Assert.That(error.Message, Does.Contain("role 'finance'").And.Contain("session tag"));
    }

    [Test]
    public void AGroupNameTooLongForATagKeyIsRefused()
    {
        var fits = new string('g', SessionTags.MaxKeyLength - SessionTags.GroupTagPrefix.Length);
        Assert.That(SessionTags.IsUsableGroup(fits), Is.True);
        Assert.That(SessionTags.IsUsableGroup(fits + "g"), Is.False);
    }

    [Test]
    public void GroupsDifferingOnlyInCaseAreRefused()
    {
        var view = WithCatalog(Staging, c => c with { Roles = c.Roles.Select(r => r.Name == "finance" ? r with { IdpGroups = ["Finance", "finance"] } : r).ToList() });

        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(view, []))!;

        Assert.That(error.Message, Does.Contain("differ only in case"));
    }

    [TestCase("not-a-thumbprint")]
    [TestCase("9e99a48a9960b14926bb7f3b02e22da2b0ab728")]
    [TestCase("9e99a48a9960b14926bb7f3b02e22da2b0ab7280aa")]
    [TestCase("9e99a48a9960b14926bb7f3b02e22da2b0ab728z")]
    public void MalformedThumbprintsAreRefused(string thumbprint)
    {
        var error = Assert.Throws<CatalogException>(() => FederationPlanner.Plan(Staging, [thumbprint]))!;

        Assert.That(error.Message, Does.Contain("40 hex digits"));
    }

    [Test]
    public void MoreThumbprintsThanIamKeepsAreRefused()
    {
        var prints = Enumerable.Range(0, FederationPlanner.MaxThumbprints + 1).Select(i => i.ToString("x40", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(() => FederationPlanner.Plan(Staging, prints.Take(FederationPlanner.MaxThumbprints).ToList()), Throws.Nothing);
        Assert.That(() => FederationPlanner.Plan(Staging, prints), Throws.TypeOf<CatalogException>().With.Message.Contains("at most 5"));
    }

    [Test]
    public void AnEnvironmentWithoutStsPlansNothingEvenForACatalogItCouldNotFederate()
    {
        var broken = WithCatalog(ExampleCatalog.View("dev"), c => c with { Roles = c.Roles.Select(r => r with { Provider = "access" }).ToList() });

        Assert.That(FederationPlanner.Plan(broken, ["bad"]).IsEmpty, Is.True);
    }

    [TestCase("https://login.example.com/oauth2/default", "login.example.com/oauth2/default")]
    [TestCase("https://login.example.com/", "login.example.com")]
    [TestCase("https://token.actions.example.com", "token.actions.example.com")]
    public void ConditionKeysAreNamedAfterTheIssuerWithoutItsScheme(string issuer, string prefix)
    {
        Assert.That(FederationPlanner.ConditionPrefix(issuer), Is.EqualTo(prefix));
    }

    [Test]
    public void ATrustPolicyWithoutGroupsIsNeverWritten()
    {
        var role = FederationPlanner.Plan(Staging, []).Roles[0] with { IdpGroups = [] };

        Assert.That(() => FederatedTrustPolicy.For(role, "arn:aws:iam::222222222222:oidc-provider/login.example.com/oauth2/default"),
            Throws.ArgumentException.With.Message.Contains("no IdP group"));
    }
}
