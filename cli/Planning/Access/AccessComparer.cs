namespace IdentityFabric.Cli.Planning.Access;

/// <summary>The comparisons behind <see cref="AccessDiff"/>, one per kind of access. Pure.</summary>
internal static class AccessComparer
{
    /// <summary>The subject of a public route's grant: everyone, signed in or not.</summary>
    public const string Anyone = "anyone (public route)";

    // One grant: a route's host (or Lattice service), path pattern and methods, as someone holds it.
    private sealed record Grant(string RouteId, string? Host, PathScope Scope, MethodSet Methods, string Service, string? Extra = null)
    {
        public string Text(MethodSet methods, PathScope scope, string? note)
        {
            var target = Host is null
                ? $"{methods.Display} {scope.Display} on Lattice service {Service}"
                : $"{methods.Display} {Host}{scope.Display} → {Service}";
            var notes = string.Join("; ", new[] { $"route {RouteId}", note, Extra }.Where(n => !string.IsNullOrEmpty(n)));
            return $"{target} ({notes})";
        }

        public string Text(string? note = null) => Text(Methods, Scope, note);

        public string Brief => Host is null
            ? $"{Methods.Display} {Scope.Display} on {Service}"
            : $"{Methods.Display} {Host}{Scope.Display} → {Service}";
    }

    /// <summary>Roles, machine clients and anyone on every edge route.</summary>
    public static IEnumerable<AccessChange> Routes(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Routes.ToDictionary(r => r.RouteId, StringComparer.Ordinal);
        var after = @new.Routes.ToDictionary(r => r.RouteId, StringComparer.Ordinal);
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var o = before.GetValueOrDefault(id);
            var n = after.GetValueOrDefault(id);

            // Anyone: loudest when a route opens, with whom it was limited to; when it closes, whom it is limited to now.
            var wasOpen = o is { IsPublic: true } ? EdgeGrant(o) with { Extra = n is { IsPublic: false } ? $"now {Who(n)} only" : null } : null;
            var isOpen = n is { IsPublic: true } ? EdgeGrant(n) with { Extra = o is { IsPublic: false } ? $"was {Who(o)} only" : null } : null;
            if (Compare(Anyone, AccessCategory.PublicRoute, wasOpen, isOpen, suppressGain: false) is { } open)
            {
                yield return open;
            }

            // A listed principal holds the route's scope; on a public route everyone does, so a route that opens takes
            // nothing from its former roles, and a gain that anyone now has anyway is not repeated per role.
            var principals = Principals(o).Union(Principals(n)).Order(PrincipalOrder.Instance);
            foreach (var principal in principals)
            {
                var had = o is not null && (o.IsPublic || Holds(o, principal)) ? EdgeGrant(o) : null;
                var has = n is not null && (n.IsPublic || Holds(n, principal)) ? EdgeGrant(n) : null;
                var category = principal.IsClient ? AccessCategory.MachineClient : AccessCategory.Route;
                var subject = principal.IsClient ? $"machine client {principal.Name}" : principal.Name;
                if (Compare(subject, category, had, has, suppressGain: n is { IsPublic: true }) is { } change)
                {
                    yield return change;
                }
            }
        }
    }

    /// <summary>What each federated role may invoke on Lattice.</summary>
    public static IEnumerable<AccessChange> Federated(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Federated.ToDictionary(f => f.Role, StringComparer.Ordinal);
        var after = @new.Federated.ToDictionary(f => f.Role, StringComparer.Ordinal);
        foreach (var role in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var o = before.GetValueOrDefault(role);
            var n = after.GetValueOrDefault(role);
            // By route: a route that moves to another service is one change, as on the edge.
            var oldInvokes = o?.Invokes.ToDictionary(i => i.RouteId, StringComparer.Ordinal) ?? [];
            var newInvokes = n?.Invokes.ToDictionary(i => i.RouteId, StringComparer.Ordinal) ?? [];
            foreach (var key in oldInvokes.Keys.Union(newInvokes.Keys).Order(StringComparer.Ordinal))
            {
                var had = oldInvokes.TryGetValue(key, out var oi) ? LatticeGrant(oi, o!.IamRole) : null;
                var has = newInvokes.TryGetValue(key, out var ni) ? LatticeGrant(ni, n!.IamRole) : null;
                if (Compare($"federated role {role}", AccessCategory.Federated, had, has, suppressGain: false) is { } change)
                {
                    yield return change;
                }
            }
        }
    }

    /// <summary>Folds each federated change that an edge change explains into that edge line, so one catalog edit
    /// reads as one line: a role's federated grant that mirrors its edge grant (same role, route and direction), or a
    /// grant that comes or goes because its route opened to anyone or closed (the public line says who may reach the
    /// route). A federated change that no edge change explains (a service moving to Lattice, federation switched on)
    /// keeps its own line.</summary>
    public static IReadOnlyList<AccessChange> WithFederated(IReadOnlyList<AccessChange> changes, IEnumerable<AccessChange> federated)
    {
        var result = changes.ToList();
        var byRole = new Dictionary<(string Role, string? Route, AccessChangeKind Kind), int>();
        var byPublicRoute = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Category == AccessCategory.Route)
            {
                byRole.TryAdd((result[i].Subject, result[i].RouteId, result[i].Kind), i);
            }
            else if (result[i].Category == AccessCategory.PublicRoute && result[i].RouteId is { } route)
            {
                byPublicRoute.TryAdd(route, i);
            }
        }

        const string prefix = "federated role ";
        foreach (var change in federated)
        {
            var role = change.Subject[prefix.Length..];
            if (!byRole.TryGetValue((role, change.RouteId, change.Kind), out var twin)
                && (change.RouteId is null || !byPublicRoute.TryGetValue(change.RouteId, out twin)))
            {
                result.Add(change);
                continue;
            }

            var via = result[twin].Category == AccessCategory.PublicRoute
                ? $"{(change.Kind == AccessChangeKind.Lost ? "no longer granted to" : "now granted to")} federated role {role}"
                : change.Kind == AccessChangeKind.Lost ? "also lost through its federated IAM role" : "also through its federated IAM role";
            result[twin] = result[twin] with { AlsoThrough = [.. result[twin].AlsoThrough, $"{via}: {change.Description}"] };
        }

        return result;
    }

    /// <summary>Roles on browser apps.</summary>
    public static IEnumerable<AccessChange> Apps(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Apps.SelectMany(a => a.Roles.Select(r => (Key: (a.App, Role: r), a.Domain))).ToDictionary(p => p.Key, p => p.Domain);
        var after = @new.Apps.SelectMany(a => a.Roles.Select(r => (Key: (a.App, Role: r), a.Domain))).ToDictionary(p => p.Key, p => p.Domain);
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k.Role, StringComparer.Ordinal).ThenBy(k => k.App, StringComparer.Ordinal))
        {
            var had = before.GetValueOrDefault(key);
            var has = after.GetValueOrDefault(key);
            var text = $"sign in to browser app {key.App} at {has ?? had}";
            if (had is null)
            {
                yield return new AccessChange(AccessChangeKind.Gained, AccessCategory.App, key.Role, text);
            }
            else if (has is null)
            {
                yield return new AccessChange(AccessChangeKind.Lost, AccessCategory.App, key.Role, text);
            }
            else if (had != has)
            {
                yield return new AccessChange(AccessChangeKind.Changed, AccessCategory.App, key.Role, $"{text} (was {had})");
            }
        }
    }

    /// <summary>Calls in the mesh.</summary>
    public static IEnumerable<AccessChange> Calls(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Calls.Select(c => (c.Caller, c.Callee)).ToHashSet();
        var after = @new.Calls.Select(c => (c.Caller, c.Callee)).ToHashSet();
        foreach (var call in after.Except(before))
        {
            yield return new AccessChange(AccessChangeKind.Gained, AccessCategory.Call, "call", $"{call.Caller} → {call.Callee}");
        }

        foreach (var call in before.Except(after))
        {
            yield return new AccessChange(AccessChangeKind.Lost, AccessCategory.Call, "call", $"{call.Caller} → {call.Callee}");
        }
    }

    /// <summary>Who holds each role: its IdP groups and the provider they come from.</summary>
    public static IEnumerable<AccessChange> Roles(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Roles.ToDictionary(r => r.Role, StringComparer.Ordinal);
        var after = @new.Roles.ToDictionary(r => r.Role, StringComparer.Ordinal);
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var o = before.GetValueOrDefault(name);
            var n = after.GetValueOrDefault(name);
            if (o is null || n is null)
            {
                var role = (n ?? o)!;
                yield return new AccessChange(n is null ? AccessChangeKind.Lost : AccessChangeKind.Gained, AccessCategory.Role, $"role {name}", $"held by IdP groups {List(role.IdpGroups)}{From(role.Provider)}");
                continue;
            }

            var gained = n.IdpGroups.Except(o.IdpGroups, StringComparer.Ordinal).ToList();
            var lost = o.IdpGroups.Except(n.IdpGroups, StringComparer.Ordinal).ToList();
            var parts = new List<string>();
            if (gained.Count > 0 || lost.Count > 0)
            {
                var delta = gained.Select(g => "+ " + g).Concat(lost.Select(g => "- " + g));
                parts.Add($"IdP groups {List(n.IdpGroups)} ({string.Join(", ", delta)})");
            }

            if (o.Provider != n.Provider)
            {
                parts.Add($"groups now read from {n.Provider ?? "every identity provider"} (was {o.Provider ?? "every identity provider"})");
            }

            if (parts.Count > 0)
            {
                var kind = lost.Count == 0 && o.Provider == n.Provider ? AccessChangeKind.Gained
                    : gained.Count == 0 && o.Provider == n.Provider ? AccessChangeKind.Lost
                    : AccessChangeKind.Changed;
                yield return new AccessChange(kind, AccessCategory.Role, $"role {name}", string.Join("; ", parts));
            }
        }
    }

    /// <summary>Whose tokens each edge hostname accepts.</summary>
    public static IEnumerable<AccessChange> Hosts(EffectiveAccess old, EffectiveAccess @new)
    {
        var before = old.Hosts.ToDictionary(h => h.Hostname, StringComparer.Ordinal);
        foreach (var host in @new.Hosts)
        {
            if (!before.TryGetValue(host.Hostname, out var was) || was.Providers.SequenceEqual(host.Providers, StringComparer.Ordinal))
            {
                continue;
            }

            var kind = MembershipKind(was.Providers, host.Providers);
            yield return new AccessChange(kind, AccessCategory.Host, $"host {host.Hostname}", $"accepts tokens from {List(host.Providers)} (was {List(was.Providers)})");
        }
    }

    // One principal's grant on one route before and after.
    private static AccessChange? Compare(string subject, AccessCategory category, Grant? had, Grant? has, bool suppressGain)
    {
        if (had is null && has is null)
        {
            return null;
        }

        if (had is null)
        {
            return suppressGain ? null : new AccessChange(AccessChangeKind.Gained, category, subject, has!.Text(), has.RouteId);
        }

        if (has is null)
        {
            return new AccessChange(AccessChangeKind.Lost, category, subject, had.Text(), had.RouteId);
        }

        if (had.Host != has.Host || had.Service != has.Service)
        {
            return new AccessChange(AccessChangeKind.Changed, category, subject, has.Text($"was {had.Brief}"), has.RouteId);
        }

        var path = PathScope.Compare(had.Scope, has.Scope);
        var methods = MethodSet.Compare(had.Methods, has.Methods);
        if (path == ScopeChange.Same && methods == ScopeChange.Same)
        {
            return null;
        }

        if (path is ScopeChange.Same or ScopeChange.Wider && methods is ScopeChange.Same or ScopeChange.Wider)
        {
            if (suppressGain)
            {
                return null;
            }

            // Say what is gained: the added methods on an unchanged path, or the wider path.
            var shown = path == ScopeChange.Same ? has.Methods.Except(had.Methods) : has.Methods;
            var note = string.Join(", ", new[]
            {
                path == ScopeChange.Wider ? $"path widened from {had.Scope.Display}" : null,
                methods == ScopeChange.Wider ? $"methods widened from {had.Methods.Display}" : null,
            }.Where(n => n is not null));
            return new AccessChange(AccessChangeKind.Gained, category, subject, has.Text(shown, has.Scope, note), has.RouteId);
        }

        if (path is ScopeChange.Same or ScopeChange.Narrower && methods is ScopeChange.Same or ScopeChange.Narrower)
        {
            // Say what is lost: the removed methods on an unchanged path, or the old, wider path.
            var shown = path == ScopeChange.Same ? had.Methods.Except(has.Methods) : had.Methods;
            var note = string.Join(", ", new[]
            {
                path == ScopeChange.Narrower ? $"path narrowed to {has.Scope.Display}" : null,
                methods == ScopeChange.Narrower ? $"methods narrowed to {has.Methods.Display}" : null,
            }.Where(n => n is not null));
            return new AccessChange(AccessChangeKind.Lost, category, subject, had.Text(shown, had.Scope, note), had.RouteId);
        }

        return new AccessChange(AccessChangeKind.Changed, category, subject, has.Text($"was {had.Methods.Display} {had.Scope.Display}"), has.RouteId);
    }

    private static Grant EdgeGrant(RouteAccess route) => new(route.RouteId, route.Host, route.Scope, route.Methods, route.Service);

    private static Grant LatticeGrant(LatticeInvoke invoke, string iamRole) =>
        new(invoke.RouteId, null, invoke.Scope, invoke.Methods, invoke.Service, $"IAM role {iamRole}");

    private static IEnumerable<Principal> Principals(RouteAccess? route) => route is null
        ? []
        : route.Roles.Select(r => new Principal(r, false)).Concat(route.MachineClients.Select(c => new Principal(c, true)));

    private static bool Holds(RouteAccess route, Principal principal) =>
        (principal.IsClient ? route.MachineClients : route.Roles).Contains(principal.Name, StringComparer.Ordinal);

    private static string Who(RouteAccess route)
    {
        var who = route.Roles.Concat(route.MachineClients.Select(c => $"machine client {c}")).ToList();
        return who.Count == 0 ? "nobody" : string.Join(", ", who);
    }

    private static AccessChangeKind MembershipKind(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var gained = after.Except(before, StringComparer.Ordinal).Any();
        var lost = before.Except(after, StringComparer.Ordinal).Any();
        return gained && !lost ? AccessChangeKind.Gained : lost && !gained ? AccessChangeKind.Lost : AccessChangeKind.Changed;
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "(none)" : string.Join(", ", values);

    private static string From(string? provider) => provider is null ? "" : $" of {provider}";

    private sealed record Principal(string Name, bool IsClient);

    // Roles first, then machine clients, each by name.
    private sealed class PrincipalOrder : IComparer<Principal>
    {
        public static PrincipalOrder Instance { get; } = new();

        public int Compare(Principal? x, Principal? y) =>
            x is null || y is null
                ? Comparer<object>.Default.Compare(x, y)
                : x.IsClient != y.IsClient ? x.IsClient.CompareTo(y.IsClient) : string.CompareOrdinal(x.Name, y.Name);
    }
}
