namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    /// <summary>Asymmetric JWS algorithms an identity provider may use.</summary>
    public static readonly IReadOnlySet<string> AsymmetricAlgorithms = new HashSet<string>(StringComparer.Ordinal)
    {
        "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
    };

    /// <summary>The largest clock skew accepted for token time checks.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Token ages past this draw a warning.</summary>
    public static readonly TimeSpan LongTokenAge = TimeSpan.FromHours(24);

    private const string AccessTeamSuffix = ".cloudflareaccess.com";

    private static void CheckIdentityProviders(ValidationContext c)
    {
        foreach (var p in c.Catalog.IdentityProviders)
        {
            var at = p.Location;
            CheckName(c, at, p.Name, "identity provider");
            var isAccess = p.Kind == IdentityProviderKind.CloudflareAccess;
            if (isAccess)
            {
                var team = p.TeamDomain ?? "";
                if (!team.EndsWith(AccessTeamSuffix, StringComparison.Ordinal) || team.Length == AccessTeamSuffix.Length ||
                    !Hostnames.IsValid(team))
                {
                    c.Error(c.At(at, "teamDomain"), $"'{team}' is not a Cloudflare Access team domain (expected <team>{AccessTeamSuffix})");
                }
            }
            else
            {
                if (p.TeamDomain is not null)
                {
                    c.Warning(c.At(at, "teamDomain"), "teamDomain is only used by cloudflare-access providers and is ignored here");
                }

                if (p.Audiences.Count == 0)
                {
                    c.Error(c.At(at, "audiences"), "an OIDC provider needs at least one audience, or any token the issuer signs for anyone would pass");
                }
            }

            CheckPublicUrl(c, at, "issuer", p.Issuer, allowQuery: false);
            CheckPublicUrl(c, at, "jwksUrl", p.JwksUrl, allowQuery: true);
            for (var i = 0; i < p.Audiences.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(p.Audiences[i]))
                {
                    c.Error(c.At(at, "audiences", i), "audience must not be empty");
                }
            }

            if (c.Federating is { } federating && !isAccess)
            {
                for (var i = 0; i < p.Audiences.Count; i++)
                {
                    CheckIamText(c, at, "audiences", i, p.Audiences[i], federating, "an IAM trust policy and OIDC provider");
                }
            }

            CheckAlgorithms(c, p);
            if (p.ClockSkew < TimeSpan.Zero || p.ClockSkew > MaxClockSkew)
            {
                c.Error(c.At(at, "clockSkew"), $"clock skew {Loading.Durations.Format(p.ClockSkew)} is outside 0s–5m");
            }

            if (p.MaxTokenAge <= TimeSpan.Zero)
            {
                c.Error(c.At(at, "maxTokenAge"), "maximum token age must be positive");
            }
            else if (p.MaxTokenAge > LongTokenAge)
            {
                c.Error(c.At(at, "maxTokenAge"), $"maximum token age {Loading.Durations.Format(p.MaxTokenAge)} is longer than 24h, the most the edge Worker accepts");
            }

            foreach (var (field, value) in new[] { ("subject", p.Claims.Subject), ("groups", p.Claims.Groups), ("email", p.Claims.Email) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    c.Error(c.AtPath(at, at.ChildPath("claims") + "." + field), "claim name must not be empty");
                }
            }
        }
    }

    private static void CheckAlgorithms(ValidationContext c, IdentityProvider p)
    {
        if (p.AllowedAlgorithms.Count == 0)
        {
            c.Error(c.At(p.Location, "algorithms"), "at least one signing algorithm is required");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.AllowedAlgorithms.Count; i++)
        {
            var alg = p.AllowedAlgorithms[i];
            var trimmed = alg.Trim();
            if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                c.Error(c.At(p.Location, "algorithms", i), $"algorithm '{alg}' accepts unsigned tokens and is never allowed");
            }
            else if (trimmed.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
            {
                c.Error(c.At(p.Location, "algorithms", i), $"symmetric algorithm '{alg}' is not allowed for an identity provider: its key is public, so anyone could sign");
            }
            else if (!AsymmetricAlgorithms.Contains(alg))
            {
                c.Error(c.At(p.Location, "algorithms", i), $"unknown algorithm '{alg}' (allowed: {string.Join(", ", AsymmetricAlgorithms)})");
            }
            else if (!seen.Add(alg))
            {
                c.Warning(c.At(p.Location, "algorithms", i), $"algorithm '{alg}' is listed twice");
            }
        }
    }

    private static void CheckPublicUrl(ValidationContext c, SourceLocation owner, string what, string value, bool allowQuery)
    {
        if (PublicUrls.Problem(value, allowQuery) is { } problem)
        {
            c.Error(c.At(owner, what), $"{what} '{Shorten(value)}' {problem}: it must be an https URL of a public DNS name");
        }
    }

    // IAM documents and role descriptions accept only tab, line feed, carriage return and U+0020–U+00FF; text that
    // federation writes into them is held to that. The text's location (its owner's field, and index) is looked up only
    // when the text is refused.
    private static void CheckIamText(ValidationContext c, SourceLocation owner, string field, int? index, string text, DeploymentEnvironment federating, string where)
    {
        var at = text.AsSpan().IndexOfAnyExcept(IamText);
        if (at >= 0)
        {
            var bad = text[at];
            c.Error(c.At(owner, field, index), $"holds '{bad}' (U+{(int)bad:X4}), which {where} cannot carry (IAM accepts tab, line breaks and U+0020–U+00FF); " +
                        $"environment '{federating.Name}' federates roles into IAM");
        }
    }

    // The characters IAM documents and role descriptions accept: tab, line feed, carriage return, U+0020–U+00FF.
    private static readonly System.Buffers.SearchValues<char> IamText =
        System.Buffers.SearchValues.Create("\t\n\r" + new string(Enumerable.Range(0x20, 0xE0).Select(i => (char)i).ToArray()));

    private static void CheckRoles(ValidationContext c)
    {
        foreach (var role in c.Catalog.Roles)
        {
            CheckName(c, role.Location, role.Name, "role");
            if (string.IsNullOrWhiteSpace(role.Description))
            {
                c.Warning(c.At(role.Location, "description"), "describe what holding the role means");
            }

            if (c.Federating is { } federating)
            {
                CheckIamText(c, role.Location, "description", null, role.Description, federating, "an IAM role description");
                for (var i = 0; i < role.IdpGroups.Count; i++)
                {
                    CheckIamText(c, role.Location, "idpGroups", i, role.IdpGroups[i], federating, "an IAM trust policy");
                }
            }

            if (role.IdpGroups.Count == 0)
            {
                c.Error(c.At(role.Location, "idpGroups"), "a role needs at least one IdP group, or nobody can hold it");
            }

            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < role.IdpGroups.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(role.IdpGroups[i]))
                {
                    c.Error(c.At(role.Location, "idpGroups", i), "IdP group must not be empty");
                }
                else if (!groups.Add(role.IdpGroups[i]))
                {
                    c.Warning(c.At(role.Location, "idpGroups", i), $"IdP group '{role.IdpGroups[i]}' is listed twice");
                }
            }

            // Every role becomes a Zero Trust Access group matching its IdP groups through an OIDC provider: its own
            // provider, or else every OIDC provider of the catalog.
            if (role.Provider is { } provider && !c.Providers.ContainsKey(provider))
            {
                c.Error(c.At(role.Location, "provider"), $"unknown identity provider '{provider}'");
            }
            else if (role.Provider is { } named && c.Providers[named].Kind != IdentityProviderKind.Oidc)
            {
                c.Error(c.At(role.Location, "provider"), $"identity provider '{named}' is Cloudflare Access; a role takes its IdP groups from an OIDC provider (its Access group matches them there)");
            }
            else if (role.Provider is null && !c.Catalog.IdentityProviders.Any(p => p.Kind == IdentityProviderKind.Oidc))
            {
                c.Error(c.At(role.Location, "name"), $"role '{role.Name}' has no OIDC identity provider to take its IdP groups from (its Access group matches them there); the catalog has none");
            }
        }
    }
}
