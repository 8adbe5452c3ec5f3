using IdentityFabric.Components.Federation;
using IdentityFabric.Testing;

namespace IdentityFabric.Federation.Tests;

/// <summary>Requests a hostile or mistaken caller could make to STS, run against the trust policies the fabric
/// writes for the example catalog.</summary>
public sealed class TrustPolicyAttackTests
{
    private const string OktaArn = "arn:aws:iam::222222222222:oidc-provider/login.example.com/oauth2/default";
    private const string OtherArn = "arn:aws:iam::222222222222:oidc-provider/token.other.example.org";

    private static readonly FederationPlan Plan = FederationPlanner.Plan(ExampleCatalog.View("staging"), []);

    private static FederatedRolePlan Role(string name) => Plan.Roles.Single(r => r.CatalogName == name);

    private static string Policy(string role) => FederatedTrustPolicy.For(Role(role), OktaArn);

    private static WebIdentityRequest Request(string audience, params string[] groups) => new(
        OktaArn,
        Role("finance").Provider.ConditionPrefix,
        audience,
        groups.ToDictionary(g => SessionTags.GroupTagKey(g), _ => SessionTags.GroupTagValue));

    private static string Audience => Role("finance").Audience;

    [Test]
    public void AMemberOfTheRolesGroupGetsIn()
    {
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), Request(Audience, "finance")), Is.True);
        Assert.That(TrustPolicyEvaluator.Allows(Policy("support"), Request(Audience, "support-leads")), Is.True, "any one of the role's groups");
        Assert.That(TrustPolicyEvaluator.Allows(Policy("support"), Request(Audience, "shop-customers", "support-agents")), Is.True, "other groups alongside do not matter");
    }

    [Test]
    public void ATokenWithoutGroupTagsIsRefused()
    {
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), Request(Audience)), Is.False);
    }

    [Test]
    public void AMemberOfAnotherRolesGroupIsRefused()
    {
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), Request(Audience, "shop-customers", "support-agents", "platform-admins")), Is.False);
    }

    [Test]
    public void AGroupTagWithAnotherValueIsRefused()
    {
        var request = Request(Audience) with { Tags = new Dictionary<string, string> { [SessionTags.GroupTagKey("finance")] = "false" } };

        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), request), Is.False);
    }

    [Test]
    public void AGroupNameSpelledInAnotherCaseIsRefused()
    {
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), Request(Audience, "FINANCE")), Is.True, "tag keys ignore case in IAM");
        var request = Request(Audience) with { Tags = new Dictionary<string, string> { ["finance"] = SessionTags.GroupTagValue, ["fabric-group"] = "finance" } };
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), request), Is.False, "only the fabric's own key counts");
    }

    [TestCase("api://another-app")]
    [TestCase("")]
    [TestCase("API://IDENTITY-FABRIC")]
    public void ATokenForAnotherAudienceIsRefused(string audience)
    {
        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), Request(audience, "finance")), Is.False);
    }

    [Test]
    public void ATokenFromAnotherIssuerIsRefusedEvenWithTheRightClaims()
    {
        var request = Request(Audience, "finance") with { ProviderArn = OtherArn, ConditionPrefix = "token.other.example.org" };

        Assert.That(TrustPolicyEvaluator.Allows(Policy("finance"), request), Is.False);
    }
}
