namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    private static void CheckEdges(ValidationContext c)
    {
        foreach (var edge in c.Catalog.Edges)
        {
            CheckName(c, edge.Location, edge.Name, "edge entry point");
            CheckHostnames(c, edge.Location, edge.Hostnames);
            for (var i = 0; i < edge.Providers.Count; i++)
            {
                if (!c.Providers.ContainsKey(edge.Providers[i]))
                {
                    c.Error(c.At(edge.Location, "providers", i), $"unknown identity provider '{edge.Providers[i]}'");
                }
            }

            if (edge.Routes.Count == 0)
            {
                c.Warning(c.At(edge.Location, "routes"), "the entry point has no routes, so it serves nothing");
            }

            foreach (var route in edge.Routes)
            {
                CheckRoute(c, edge, route);
            }
        }
    }

    private static void CheckRoute(ValidationContext c, EdgeEntryPoint edge, EdgeRoute route)
    {
        var at = route.Location;
        if (route.Id.Length > 0 && !IsValidName(route.Id))
        {
            c.Error(c.At(at, route.Id == route.Name ? "name" : "id"),
                $"route id '{route.Id}' must use lower-case letters, digits and single hyphens, start with a letter and not end with a hyphen");
        }

        if (route.Id != route.Name)
        {
            CheckName(c, at, route.Name, "route");
        }

        if (route.Path.Length == 0)
        {
            c.Error(c.At(at, "path"), "route path must not be empty");
        }

        if (route.Service.Length == 0)
        {
            c.Error(c.At(at, "service"), "route service must not be empty");
        }

        if (route.Path.Length > 0 && RoutePatterns.Problem(route.Path, route.Match) is { } pathProblem)
        {
            c.Error(c.At(at, "path"), pathProblem);
        }
        else if (route.Match == PathMatch.Exact && route.Path.Length > 1 && route.Path.EndsWith('/'))
        {
            c.Warning(c.At(at, "path"), $"exact path '{route.Path}' ends with '/', which matching ignores; did you mean 'match: prefix'?");
        }

        var methods = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < route.Methods.Count; i++)
        {
            var method = route.Methods[i];
            if (!RoutePatterns.Methods.Contains(method))
            {
                c.Error(c.At(at, "methods", i), $"unknown HTTP method '{method}' (allowed: {string.Join(", ", RoutePatterns.Methods)})");
            }
            else if (!methods.Add(method))
            {
                c.Warning(c.At(at, "methods", i), $"method '{method}' is listed twice");
            }
        }

        if (route.Service.Length > 0 && !c.Services.TryGetValue(route.Service, out var target))
        {
            c.Error(c.At(at, "service"), $"unknown service '{route.Service}'");
        }
        else if (route.IsPublic && c.Services.TryGetValue(route.Service, out target) && target.HandlesPersonalData)
        {
            c.Warning(c.At(at, "public"), $"public route reaches service '{route.Service}', which handles personal data");
        }

        if (route.IsPublic && route.AllowedRoles.Count > 0)
        {
            c.Error(c.At(at, "public"), "a route is either public or restricted to roles, not both; remove 'roles' or 'public: true'");
        }
        else if (!route.IsPublic && route.AllowedRoles.Count == 0)
        {
            c.Error(at, "the route names no roles and is not marked 'public: true'; say who may use it");
        }

        for (var i = 0; i < route.AllowedRoles.Count; i++)
        {
            var roleName = route.AllowedRoles[i];
            if (!c.Roles.TryGetValue(roleName, out var role))
            {
                c.Error(c.At(at, "roles", i), $"unknown role '{roleName}'");
            }
            else if (role.Provider is { } provider && edge.Providers.Count > 0 && !edge.Providers.Contains(provider, StringComparer.Ordinal))
            {
                c.Warning(c.At(at, "roles", i),
                    $"role '{roleName}' comes from provider '{provider}', which entry point '{edge.Name}' does not accept, so nobody can use the route with it");
            }
        }
    }

    private static void CheckHostnames(ValidationContext c, SourceLocation owner, IReadOnlyDictionary<string, string> hostnames)
    {
        if (hostnames.Count == 0)
        {
            c.Error(c.At(owner, "hostnames"), "at least one environment's hostname is required");
        }

        foreach (var (environment, host) in hostnames)
        {
            SourceLocation Here() => c.AtPath(owner, owner.ChildPath("hostnames") + "." + environment);
            if (!c.Environments.TryGetValue(environment, out var env))
            {
                c.Error(Here(), $"unknown environment '{environment}'");
            }
            else if (!Hostnames.IsValid(host))
            {
                c.Error(Here(), $"'{host}' is not a valid lower-case hostname");
            }
            else if (env.Cloudflare.ZoneName.Length > 0 && !Hostnames.IsInZone(host, env.Cloudflare.ZoneName))
            {
                c.Error(Here(), $"hostname '{host}' is outside zone '{env.Cloudflare.ZoneName}' of environment '{environment}'");
            }
        }
    }

    /// <summary>
    /// One hostname, one owner: an edge entry point's hostname (in any environment) belongs to it alone, since the
    /// Worker route, custom domain and tunnel rule of two owners would fight over it; a browser app (an Access
    /// application) may not sit on an edge's hostname, where it would put Access in front of the Worker's own
    /// authentication; two browser apps may share a hostname only on different paths.
    /// </summary>
    private static void CheckHostnameOwners(ValidationContext c)
    {
        var edges = new Dictionary<string, (EdgeEntryPoint Edge, string Environment)>(StringComparer.Ordinal);
        foreach (var edge in c.Catalog.Edges)
        {
            foreach (var (environment, host) in edge.Hostnames)
            {
                if (host.Length == 0)
                {
                    continue;
                }

                if (!edges.TryAdd(host, (edge, environment)))
                {
                    var (first, firstEnvironment) = edges[host];
                    c.Error(c.AtPath(edge.Location, edge.Location.ChildPath("hostnames") + "." + environment),
                        ReferenceEquals(first, edge)
                            ? $"hostname '{host}' is given to environments '{firstEnvironment}' and '{environment}'; each environment needs its own"
                            : $"hostname '{host}' is already served by edge entry point '{first.Name}' ({first.Location}) in environment '{firstEnvironment}'");
                }
            }
        }

        var apps = new Dictionary<(string Host, string Path), BrowserApp>();
        foreach (var app in c.Catalog.BrowserApps)
        {
            foreach (var (environment, host) in app.Hostnames)
            {
                SourceLocation Here() => c.AtPath(app.Location, app.Location.ChildPath("hostnames") + "." + environment);
                if (edges.TryGetValue(host, out var owner))
                {
                    c.Error(Here(), $"hostname '{host}' is served by edge entry point '{owner.Edge.Name}' ({owner.Edge.Location}); a browser app needs a hostname of its own");
                }
                else if (!apps.TryAdd((host, RoutePatterns.Normalize(app.Path ?? "/", PathMatch.Exact)), app) && !ReferenceEquals(apps[(host, RoutePatterns.Normalize(app.Path ?? "/", PathMatch.Exact))], app))
                {
                    var first = apps[(host, RoutePatterns.Normalize(app.Path ?? "/", PathMatch.Exact))];
                    c.Error(Here(), $"browser app '{first.Name}' ({first.Location}) already covers hostname '{host}'{(app.Path is null ? "" : $" and path '{app.Path}'")}");
                }
            }
        }
    }

    private static void CheckRouteAmbiguity(ValidationContext c)
    {
        // Group by where a request can arrive (hostname per environment, and the entry point itself), then by the
        // normalized pattern: two routes in one group whose methods overlap would both claim the same request.
        var groups = new Dictionary<(string Host, PathMatch Match, string Pattern), List<EdgeRoute>>();
        foreach (var edge in c.Catalog.Edges)
        {
            var hosts = edge.Hostnames.Values.Distinct(StringComparer.Ordinal).Append("edge:" + edge.Name);
            foreach (var host in hosts)
            {
                foreach (var route in edge.Routes)
                {
                    if (route.Path.Length == 0)
                    {
                        continue;
                    }

                    var key = (host, route.Match, RoutePatterns.Normalize(route.Path, route.Match));
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = [];
                    }

                    if (!list.Exists(r => ReferenceEquals(r, route)))
                    {
                        list.Add(route);
                    }
                }
            }
        }

        var reported = new HashSet<(EdgeRoute, EdgeRoute)>(ReferenceEqualityPairComparer.Instance);
        foreach (var ((host, _, pattern), routes) in groups)
        {
            for (var i = 1; i < routes.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    var (first, second) = (routes[j], routes[i]);
                    if (!RoutePatterns.MethodsOverlap(first.Methods, second.Methods) || !reported.Add((first, second)))
                    {
                        continue;
                    }

                    var where = host.StartsWith("edge:", StringComparison.Ordinal) ? "in the same entry point" : $"on host '{host}'";
                    c.Error(c.At(second.Location, "path"),
                        $"route '{second.Id}' is ambiguous with route '{first.Id}' ({first.Location}): both match '{pattern}' {where} with overlapping methods");
                }
            }
        }
    }

    private sealed class ReferenceEqualityPairComparer : IEqualityComparer<(EdgeRoute, EdgeRoute)>
    {
        public static readonly ReferenceEqualityPairComparer Instance = new();

        public bool Equals((EdgeRoute, EdgeRoute) x, (EdgeRoute, EdgeRoute) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((EdgeRoute, EdgeRoute) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
