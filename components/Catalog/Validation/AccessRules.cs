namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    /// <summary>The longest Access session accepted (one month, Cloudflare's longest choice).</summary>
    public static readonly TimeSpan MaxSessionDuration = TimeSpan.FromHours(730);

    private static void CheckBrowserApps(ValidationContext c)
    {
        foreach (var app in c.Catalog.BrowserApps)
        {
            var at = app.Location;
            CheckName(c, at, app.Name, "browser app");
            CheckHostnames(c, at, app.Hostnames);
            if (app.Path is { } path && RoutePatterns.Problem(path, PathMatch.Exact) is { } problem)
            {
                c.Error(c.At(at, "path"), problem);
            }

            if (app.AllowedRoles.Count == 0)
            {
                c.Error(c.At(at, "roles"), "a browser app needs at least one allowed role");
            }

            for (var i = 0; i < app.AllowedRoles.Count; i++)
            {
                if (!c.Roles.ContainsKey(app.AllowedRoles[i]))
                {
                    c.Error(c.At(at, "roles", i), $"unknown role '{app.AllowedRoles[i]}'");
                }
            }

            if (app.SessionDuration < TimeSpan.FromMinutes(1) || app.SessionDuration > MaxSessionDuration)
            {
                c.Error(c.At(at, "sessionDuration"), $"session duration {Loading.Durations.Format(app.SessionDuration)} is outside 1m–730h");
            }
        }
    }

    private static void CheckMachineClients(ValidationContext c)
    {
        foreach (var client in c.Catalog.MachineClients)
        {
            var at = client.Location;
            CheckName(c, at, client.Name, "machine client");
            if (client.Routes.Count == 0)
            {
                c.Error(c.At(at, "routes"), "a machine client needs at least one route");
            }

            for (var i = 0; i < client.Routes.Count; i++)
            {
                var id = client.Routes[i];
                if (!c.Routes.TryGetValue(id, out var route))
                {
                    c.Error(c.At(at, "routes", i), $"unknown route '{id}'");
                }
                else if (route.IsPublic)
                {
                    c.Warning(c.At(at, "routes", i), $"route '{id}' is public; a service token adds nothing there");
                }
            }

            if (client.TokenDuration <= TimeSpan.Zero)
            {
                c.Error(c.At(at, "tokenDuration"), "token duration must be positive");
            }
            else if (client.RotationDays is < 1 or > 365)
            {
                c.Error(c.At(at, "rotationDays"), $"rotation period {client.RotationDays} days is outside 1–365");
            }
            else if (TimeSpan.FromDays(client.RotationDays) >= client.TokenDuration)
            {
                c.Error(c.At(at, "rotationDays"),
                    $"rotation after {client.RotationDays} days comes too late: the token expires after {Loading.Durations.Format(client.TokenDuration)}");
            }
        }
    }
}
