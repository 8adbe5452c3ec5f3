using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Outputs;
using Pulumi;
using Pulumi.Aws.Iam;

namespace IdentityFabric.Components.Federation;

/// <summary>What the edge-to-AWS federation of one environment is made from.</summary>
public sealed class FederationArgs : ResourceArgs
{
    /// <summary>The environment's view of the catalog.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>Server certificate thumbprints of the OIDC issuers (stack config), 40 hex digits each; may be empty,
    /// in which case IAM relies on its library of trusted root CAs.</summary>
    public required IReadOnlyList<string> OidcThumbprints { get; init; }
}

/// <summary>
/// Edge-to-AWS identity federation: each OIDC identity provider of the catalog becomes an IAM OIDC provider, and each
/// catalog role an IAM role that the edge assumes with the caller's token (<c>AssumeRoleWithWebIdentity</c>) for at
/// most an hour, only from that role's provider, for one audience, and only when the token's session tags name one of
/// the role's IdP groups (see <see cref="SessionTags"/>). Creates nothing unless the environment propagates identity
/// through STS.
/// </summary>
public sealed class FederationComponent : ComponentResource
{
    /// <summary>Creates the federation of one environment.</summary>
    /// <param name="name">The component name; children are named from it.</param>
    /// <param name="args">The view and the thumbprints.</param>
    /// <param name="options">Component options.</param>
    public FederationComponent(string name, FederationArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:federation:Federation", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var plan = FederationPlanner.Plan(args.View, args.OidcThumbprints);

        var providerArns = new SortedDictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var provider in plan.Providers)
        {
            var resource = new OpenIdConnectProvider($"{name}-{provider.CatalogName}", new OpenIdConnectProviderArgs
            {
                Url = provider.Url,
                ClientIdLists = provider.Audiences.ToList(),
                ThumbprintLists = provider.Thumbprints.ToList(),
                Tags = OutputMaps.ToInputMap(plan.Tags),
            }, new CustomResourceOptions { Parent = this, Protect = plan.Protect });
            providerArns[provider.CatalogName] = resource.Arn;
        }

        var roleArns = new SortedDictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var role in plan.Roles)
        {
            // The policy is built from the provider's ARN output, so IAM sees the provider before a role naming it.
            var trust = providerArns[role.Provider.CatalogName].Apply(arn => FederatedTrustPolicy.For(role, arn));
            var resource = new Pulumi.Aws.Iam.Role($"{name}-{role.CatalogName}", new RoleArgs
            {
                Name = role.RoleName,
                Description = role.Description,
                AssumeRolePolicy = trust,
                MaxSessionDuration = FederationPlanner.MaxSessionSeconds,
                Tags = OutputMaps.ToInputMap(plan.Tags),
            }, new CustomResourceOptions { Parent = this, Protect = plan.Protect });
            roleArns[role.CatalogName] = resource.Arn;
        }

        RoleArnsByRole = roleArns;
        RoleArns = OutputMaps.Collect(roleArns);
        ProviderArns = OutputMaps.Collect(providerArns);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["roleArns"] = RoleArns,
            ["providerArns"] = ProviderArns,
        });
    }

    /// <summary>The federated IAM role ARN of each catalog role; empty when the environment does not use STS.</summary>
    [Output("roleArns")]
    public Output<ImmutableDictionary<string, string>> RoleArns { get; private set; }

    /// <summary>The IAM OIDC provider ARN of each catalog OIDC identity provider; empty when the environment does not
    /// use STS.</summary>
    [Output("providerArns")]
    public Output<ImmutableDictionary<string, string>> ProviderArns { get; private set; }

    /// <summary>The same ARNs as <see cref="RoleArns"/>, one output per catalog role, for other components.</summary>
    public IReadOnlyDictionary<string, Output<string>> RoleArnsByRole { get; }


}
