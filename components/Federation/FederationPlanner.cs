using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Federation;

/// <summary>An IAM OIDC provider to create for a catalog identity provider.</summary>
/// <param name="CatalogName">The catalog identity provider's name (the stable key of the resource).</param>
/// <param name="Url">The issuer URL IAM trusts (<c>https://</c>).</param>
/// <param name="ConditionPrefix">The issuer without its scheme: the prefix of the provider's IAM condition keys
/// (<c>{prefix}:aud</c>) and the tail of its ARN.</param>
/// <param name="Audiences">The client ids (audiences) IAM accepts from the issuer.</param>
/// <param name="Thumbprints">Server certificate thumbprints; empty lets IAM rely on its trusted root CAs.</param>
public sealed record FederatedProviderPlan(
    string CatalogName, string Url, string ConditionPrefix, IReadOnlyList<string> Audiences, IReadOnlyList<string> Thumbprints);

/// <summary>An IAM role to create for a catalog role.</summary>
/// <param name="CatalogName">The catalog role's name (the stable key of the resource).</param>
/// <param name="RoleName">The IAM role name (<see cref="ResourceNames.FederatedRoleName"/>).</param>
/// <param name="Provider">The one provider whose tokens may assume the role.</param>
/// <param name="Audience">The one audience the tokens must carry.</param>
/// <param name="IdpGroups">The IdP groups whose members may assume the role (sorted, distinct).</param>
/// <param name="Description">The role's description.</param>
public sealed record FederatedRolePlan(
    string CatalogName, string RoleName, FederatedProviderPlan Provider, string Audience, IReadOnlyList<string> IdpGroups, string Description);

/// <summary>Everything the federation component creates in one environment.</summary>
/// <param name="Providers">IAM OIDC providers, by catalog order.</param>
/// <param name="Roles">IAM roles, by catalog order.</param>
/// <param name="Protect">Whether the environment protects IAM resources from deletion.</param>
/// <param name="Tags">The tags of every resource.</param>
public sealed record FederationPlan(
    IReadOnlyList<FederatedProviderPlan> Providers, IReadOnlyList<FederatedRolePlan> Roles, bool Protect, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The plan of an environment that does not federate: nothing to create.</summary>
    public static FederationPlan Empty { get; } = new([], [], false, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Whether there is anything to create.</summary>
    public bool IsEmpty => Providers.Count == 0 && Roles.Count == 0;
}

/// <summary>
/// Turns the catalog's identity providers and roles into the IAM federation of one environment. Pure: the component
/// only turns the plan into resources. Refuses (with every problem at once) a catalog it cannot federate soundly.
/// </summary>
public static class FederationPlanner
{
    /// <summary>IAM accepts at most five thumbprints per OIDC provider.</summary>
    public const int MaxThumbprints = 5;

    /// <summary>The longest session IAM roles of the fabric allow: one hour.</summary>
    public const int MaxSessionSeconds = 3600;

    /// <summary>Whether an environment federates at all: only when the edge uses STS (alone or with assertions).</summary>
    /// <param name="propagation">The environment's identity propagation.</param>
    public static bool Federates(IdentityPropagation propagation) =>
        propagation is IdentityPropagation.Sts or IdentityPropagation.Both;

    /// <summary>Plans the federation of one environment.</summary>
    /// <param name="view">The environment's view of the catalog.</param>
    /// <param name="thumbprints">OIDC server certificate thumbprints (40 hex digits each), applied to every provider.</param>
    /// <exception cref="CatalogException">A role cannot be tied to exactly one provider and audience, a group cannot
    /// travel as a session tag, or a thumbprint is malformed.</exception>
    public static FederationPlan Plan(EnvironmentView view, IReadOnlyList<string> thumbprints)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(thumbprints);
        if (!Federates(view.Environment.IdentityPropagation))
        {
            return FederationPlan.Empty;
        }

        var problems = new List<CatalogProblem>();
        var prints = NormalizeThumbprints(thumbprints, view.Environment.Location, problems);

        var providers = new List<FederatedProviderPlan>();
        foreach (var provider in view.IdentityProviders.Where(p => p.Kind == IdentityProviderKind.Oidc))
        {
            if (!Uri.TryCreate(provider.Issuer, UriKind.Absolute, out var issuer) || issuer.Scheme != Uri.UriSchemeHttps
                || !string.IsNullOrEmpty(issuer.Query) || !string.IsNullOrEmpty(issuer.Fragment))
            {
                problems.Add(CatalogProblem.Error(provider.Location, $"identity provider '{provider.Name}': IAM federation needs an https issuer without query or fragment, not '{provider.Issuer}'"));
                continue;
            }

            providers.Add(new FederatedProviderPlan(
                provider.Name, provider.Issuer, ConditionPrefix(provider.Issuer), provider.Audiences, prints));
        }

        var roles = new List<FederatedRolePlan>();
        foreach (var role in view.Roles)
        {
            var provider = ProviderOf(role, view, providers, problems);
            if (provider is null)
            {
                continue;
            }

            if (provider.Audiences.Count == 0)
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': identity provider '{provider.CatalogName}' lists no audience, so no trust policy can name one"));
                continue;
            }

            var groups = role.IdpGroups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var group in groups.Where(g => !SessionTags.IsUsableGroup(g)))
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': IdP group '{group}' cannot travel as the session tag '{SessionTags.GroupTagKey(group)}' (tag keys are at most {SessionTags.MaxKeyLength} of letters, digits, spaces and _.:/=+-@)"));
            }

            foreach (var clash in groups.GroupBy(g => g, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': IdP groups {string.Join(", ", clash.Select(g => $"'{g}'"))} differ only in case, and session tag keys ignore case"));
            }

            var roleName = ResourceNames.FederatedRoleName(view.Name, role.Name);
            if (!ResourceNames.IsValidIamRoleName(roleName))
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': the IAM role name '{roleName}' is not valid (1-{ResourceNames.IamRoleNameMax} of letters, digits and +=,.@_-)"));
            }

            roles.Add(new FederatedRolePlan(
                role.Name, roleName, provider, provider.Audiences[0], groups,
                $"Catalog role '{role.Name}' in {view.Name}, assumed by the edge with a {provider.CatalogName} token"));
        }

        if (problems.Count > 0)
        {
            throw new CatalogException(problems);
        }

        return new FederationPlan(providers, roles, view.Environment.Protects(ProtectedResourceKind.Iam), FabricTags.For(view.Name, "federation"));
    }

    /// <summary>The prefix of an issuer's IAM condition keys: the issuer without <c>https://</c> (and without a trailing
    /// slash, as IAM stores it).</summary>
    /// <param name="issuer">The issuer URL.</param>
    public static string ConditionPrefix(string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var withoutScheme = issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? issuer["https://".Length..] : issuer;
        return withoutScheme.TrimEnd('/');
    }

    // A role is tied to exactly one provider. An explicit provider wins; without one, the catalog's only OIDC
    // provider is taken. Picking "the first" of several would let a reordering of the catalog move a role's trust to
    // another issuer, so several candidates are an error that asks for an explicit provider.
    private static FederatedProviderPlan? ProviderOf(Role role, EnvironmentView view, List<FederatedProviderPlan> providers, List<CatalogProblem> problems)
    {
        if (role.Provider is { } named)
        {
            var declared = view.IdentityProviders.FirstOrDefault(p => string.Equals(p.Name, named, StringComparison.Ordinal));
            if (declared is null)
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': unknown identity provider '{named}'"));
                return null;
            }

            if (declared.Kind != IdentityProviderKind.Oidc)
            {
                problems.Add(CatalogProblem.Error(role.Location, $"role '{role.Name}': identity provider '{named}' is Cloudflare Access; STS federation needs an OIDC provider whose audience the catalog names"));
                return null;
            }

            return providers.FirstOrDefault(p => string.Equals(p.CatalogName, named, StringComparison.Ordinal));
        }

        var oidc = view.IdentityProviders.Where(p => p.Kind == IdentityProviderKind.Oidc).ToList();
        if (oidc.Count == 1)
        {
            return providers.FirstOrDefault(p => string.Equals(p.CatalogName, oidc[0].Name, StringComparison.Ordinal));
        }

        problems.Add(CatalogProblem.Error(role.Location, oidc.Count == 0
            ? $"role '{role.Name}': STS federation needs an OIDC identity provider, and the catalog has none"
            : $"role '{role.Name}': the catalog has {oidc.Count} OIDC identity providers ({string.Join(", ", oidc.Select(p => p.Name))}); name the one whose tokens assume this role with 'provider:'"));
        return null;
    }

    private static List<string> NormalizeThumbprints(IReadOnlyList<string> thumbprints, SourceLocation location, List<CatalogProblem> problems)
    {
        var result = new List<string>();
        foreach (var raw in thumbprints)
        {
            var print = (raw ?? "").Trim().ToLowerInvariant();
            if (print.Length != 40 || !print.All(char.IsAsciiHexDigit))
            {
                problems.Add(CatalogProblem.Error(location, $"OIDC thumbprint '{raw}' is not a SHA-1 fingerprint (40 hex digits)"));
                continue;
            }

            if (!result.Contains(print, StringComparer.Ordinal))
            {
                result.Add(print);
            }
        }

        if (result.Count > MaxThumbprints)
        {
            problems.Add(CatalogProblem.Error(location, $"{result.Count} OIDC thumbprints given; IAM keeps at most {MaxThumbprints} per provider"));
        }

        return result;
    }
}
