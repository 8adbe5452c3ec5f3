using System.Globalization;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Edge.Access;

/// <summary>One include rule of an Access group: members of an IdP group, as the IdP's groups claim says.</summary>
/// <param name="Provider">The catalog identity provider (an OIDC provider registered in Cloudflare Access).</param>
/// <param name="ClaimName">The provider's groups claim.</param>
/// <param name="ClaimValue">The IdP group.</param>
public sealed record AccessGroupRule(string Provider, string ClaimName, string ClaimValue);

/// <summary>The Access group of a catalog role.</summary>
/// <param name="Role">The role.</param>
/// <param name="DisplayName">The group's name in Cloudflare.</param>
/// <param name="Rules">Its include rules (any one admits), ordered.</param>
public sealed record AccessGroupPlan(string Role, string DisplayName, IReadOnlyList<AccessGroupRule> Rules);

/// <summary>The Access application and allow policy of a browser app.</summary>
/// <param name="App">The catalog app.</param>
/// <param name="DisplayName">The application's name in Cloudflare.</param>
/// <param name="Domain">Host and optional path it covers.</param>
/// <param name="SessionDuration">The session lifetime, as a Go duration (<c>8h</c>).</param>
/// <param name="Roles">Roles whose Access groups the allow policy includes, ordered.</param>
/// <param name="Providers">Identity providers users may sign in with, ordered.</param>
public sealed record AccessAppPlan(string App, string DisplayName, string Domain, string SessionDuration, IReadOnlyList<string> Roles, IReadOnlyList<string> Providers);

/// <summary>The Access service token of a machine client, with its rotation.</summary>
/// <param name="Client">The catalog machine client.</param>
/// <param name="DisplayName">The token's name in Cloudflare.</param>
/// <param name="Duration">The token's lifetime, as a Go duration.</param>
/// <param name="SecretVersion">The client secret version: raising it makes Cloudflare issue a new secret.</param>
/// <param name="PreviousSecretExpiresAt">Until when the secret before the current one is still accepted (RFC 3339),
/// or null before the first rotation.</param>
public sealed record ServiceTokenPlan(string Client, string DisplayName, string Duration, int SecretVersion, string? PreviousSecretExpiresAt)
{
    /// <summary>
    /// The secret version to send, or null before the first rotation. Cloudflare's provider takes
    /// <c>clientSecretVersion</c> and <c>previousClientSecretExpiresAt</c> only together (each requires the other), and
    /// before the first rotation there is no previous secret to expire: the token then sends neither, and the
    /// provider's default version (1) applies.
    /// </summary>
    public int? SecretVersionInput => PreviousSecretExpiresAt is null ? null : SecretVersion;
}

/// <summary>
/// Fans roles, browser apps and machine clients out into Zero Trust Access plans. Access groups match IdP groups
/// with the <c>oidc</c> rule (claim name and value, on the Access identity provider registered for the catalog's
/// OIDC provider): it reads the same groups claim the Worker reads, whatever the IdP's vendor.
/// </summary>
public static class AccessPlanner
{
    /// <summary>The day service token rotation periods are counted from.</summary>
    public static readonly DateOnly RotationAnchor = new(2026, 1, 1);

    /// <summary>The longest overlap during which a rotated service token's previous secret is still accepted.</summary>
    public const int MaxOverlapDays = 7;

    /// <summary>The Access group of every catalog role.</summary>
    /// <param name="view">The environment view.</param>
    /// <exception cref="ArgumentException">A role names a provider that cannot carry IdP groups into Access.</exception>
    public static IReadOnlyList<AccessGroupPlan> Groups(EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Roles
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(role =>
            {
                var rules = ProvidersOf(view, role)
                    .SelectMany(p => role.IdpGroups.Distinct(StringComparer.Ordinal).Select(g => new AccessGroupRule(p.Name, p.Claims.Groups, g)))
                    .OrderBy(r => r.Provider, StringComparer.Ordinal)
                    .ThenBy(r => r.ClaimValue, StringComparer.Ordinal)
                    .ToList();
                return new AccessGroupPlan(role.Name, $"{ResourceNames.Prefix}-{view.Name}-{role.Name}", rules);
            })
            .ToList();
    }

    /// <summary>The Access application of every browser app exposed in the environment.</summary>
    /// <param name="view">The environment view.</param>
    public static IReadOnlyList<AccessAppPlan> Apps(EnvironmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var roles = view.Roles.ToDictionary(r => r.Name, StringComparer.Ordinal);
        return view.BrowserApps
            .OrderBy(a => a.App.Name, StringComparer.Ordinal)
            .Select(a =>
            {
                var allowed = a.App.AllowedRoles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var providers = allowed
                    .SelectMany(r => ProvidersOf(view, roles[r]))
                    .Select(p => p.Name)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                return new AccessAppPlan(
                    a.App.Name,
                    $"{ResourceNames.Prefix}-{view.Name}-{a.App.Name}",
                    a.Domain,
                    GoDuration(a.App.SessionDuration),
                    allowed,
                    providers);
            })
            .ToList();
    }

    /// <summary>
    /// The service token of every machine client. The secret version counts the client's rotation periods since
    /// <see cref="RotationAnchor"/> at <paramref name="rotationDate"/>: the first <c>pulumi up</c> of a new period
    /// rotates the secret, and the previous secret stays valid for an overlap of up to <see cref="MaxOverlapDays"/>
    /// days (never beyond the token's lifetime) so callers can switch. Without a date the version stays 1.
    /// </summary>
    /// <param name="view">The environment view.</param>
    /// <param name="rotationDate">The date to count at (from config or an injected clock), or null.</param>
    public static IReadOnlyList<ServiceTokenPlan> ServiceTokens(EnvironmentView view, DateOnly? rotationDate)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.MachineClients
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c =>
            {
                var days = Math.Max(1, c.RotationDays);
                var elapsed = rotationDate is { } date ? Math.Max(0, date.DayNumber - RotationAnchor.DayNumber) : 0;
                var version = 1 + (elapsed / days);
                string? previousExpires = null;
                if (version > 1)
                {
                    var overlap = Math.Clamp((int)c.TokenDuration.TotalDays - days, 1, MaxOverlapDays);
                    var periodStart = RotationAnchor.AddDays((version - 1) * days);
                    previousExpires = periodStart.AddDays(overlap).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
                }

                return new ServiceTokenPlan(c.Name, $"{ResourceNames.Prefix}-{view.Name}-{c.Name}", GoDuration(c.TokenDuration), version, previousExpires);
            })
            .ToList();
    }

    /// <summary>A duration in Go's notation, as Cloudflare takes it: whole hours as <c>8h</c>, else minutes or seconds.</summary>
    /// <param name="duration">The duration.</param>
    public static string GoDuration(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return ((long)duration.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
        }

        return duration.Ticks % TimeSpan.TicksPerMinute == 0
            ? ((long)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m"
            : ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
    }

    private static IEnumerable<IdentityProvider> ProvidersOf(EnvironmentView view, Role role)
    {
        if (role.Provider is { } name)
        {
            var provider = view.IdentityProviders.Single(p => p.Name == name);
            if (provider.Kind != IdentityProviderKind.Oidc)
            {
                throw new ArgumentException($"role '{role.Name}' takes its groups from '{name}', which is not an OIDC provider Access can read groups from");
            }

            return [provider];
        }

        return view.IdentityProviders.Where(p => p.Kind == IdentityProviderKind.Oidc).OrderBy(p => p.Name, StringComparer.Ordinal);
    }
}
