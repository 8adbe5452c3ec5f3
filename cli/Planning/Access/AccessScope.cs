using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.RoutePolicy;

namespace IdentityFabric.Cli.Planning.Access;

/// <summary>How a new grant compares with an old one: the same, wider (covers all it covered and more), narrower,
/// or neither (some gained, some lost).</summary>
public enum ScopeChange
{
    /// <summary>Covers exactly the same requests.</summary>
    Same,

    /// <summary>Covers everything it covered, and more.</summary>
    Wider,

    /// <summary>Covers part of what it covered, and nothing new.</summary>
    Narrower,

    /// <summary>Gains some requests and loses others.</summary>
    Other,
}

/// <summary>A path pattern as the edge matches it: an exact path, or every path below a prefix.</summary>
public sealed class PathScope : IEquatable<PathScope>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="path">The pattern as the catalog writes it.</param>
    /// <param name="match">Exact or prefix.</param>
    public PathScope(string path, PathMatch match)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        Match = match;
        Canonical = CanonicalOf(path);
    }

    /// <summary>The pattern as the catalog writes it.</summary>
    public string Path { get; }

    /// <summary>Exact or prefix.</summary>
    public PathMatch Match { get; }

    /// <summary>The pattern's canonical form (contracts/route-policy.md §3): what the Worker actually compares, so two
    /// spellings of one path are the same scope.</summary>
    public string Canonical { get; }

    /// <summary>The pattern for people: the path, with <c>*</c> after a prefix (<c>/api/orders/*</c>).</summary>
    public string Display => Match == PathMatch.Prefix ? (Path.EndsWith('/') ? Path + "*" : Path + "/*") : Path;

    /// <summary>Whether every request path this scope matches is also matched by <paramref name="wider"/>.</summary>
    /// <param name="wider">The candidate wider scope.</param>
    public bool IsWithin(PathScope wider)
    {
        ArgumentNullException.ThrowIfNull(wider);
        if (wider.Match == PathMatch.Exact)
        {
            return Match == PathMatch.Exact && Canonical == wider.Canonical;
        }

        // A prefix covers its own path and every path below it, segment by segment (/api covers /api/x, not /apix).
        return wider.Canonical == "/"
            || Canonical == wider.Canonical
            || Canonical.StartsWith(wider.Canonical + "/", StringComparison.Ordinal);
    }

    /// <summary>How <paramref name="after"/> compares with <paramref name="before"/>.</summary>
    /// <param name="before">The old scope.</param>
    /// <param name="after">The new scope.</param>
    public static ScopeChange Compare(PathScope before, PathScope after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var covered = before.IsWithin(after);
        var kept = after.IsWithin(before);
        return (covered, kept) switch
        {
            (true, true) => ScopeChange.Same,
            (true, false) => ScopeChange.Wider,
            (false, true) => ScopeChange.Narrower,
            _ => ScopeChange.Other,
        };
    }

    /// <inheritdoc />
    public bool Equals(PathScope? other) => other is not null && Path == other.Path && Match == other.Match;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PathScope);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Match);

    /// <inheritdoc />
    public override string ToString() => Display;

    private static string CanonicalOf(string path)
    {
        try
        {
            return PolicyPath.Pattern(path);
        }
        catch (RoutePolicyException)
        {
            // The catalog is validated before a model is built; a path the compiler refuses still compares by itself.
            return PolicyPath.AsciiLower(path.TrimEnd('/'));
        }
    }
}

/// <summary>The HTTP methods a grant allows: a set of upper-case names, or every method.</summary>
public sealed class MethodSet : IEquatable<MethodSet>
{
    private MethodSet(bool isAny, IReadOnlyList<string> names)
    {
        IsAny = isAny;
        Names = names;
    }

    /// <summary>Every method.</summary>
    public static MethodSet Any { get; } = new(true, []);

    /// <summary>No method (what is left when a set loses all it had).</summary>
    public static MethodSet None { get; } = new(false, []);

    /// <summary>Whether every method is allowed.</summary>
    public bool IsAny { get; }

    /// <summary>The allowed methods, upper case, ordered; empty for <see cref="Any"/> and <see cref="None"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether the set allows nothing.</summary>
    public bool IsEmpty => !IsAny && Names.Count == 0;

    /// <summary>The methods for people: <c>GET,HEAD</c>, or <c>ANY</c>.</summary>
    public string Display => IsAny ? "ANY" : string.Join(',', Names);

    /// <summary>A set of methods; none (or <c>*</c>) means every method, as in the catalog and the route policy.</summary>
    /// <param name="methods">Method names in any case and order.</param>
    public static MethodSet Of(IEnumerable<string> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        var names = methods.Select(m => m.Trim().ToUpperInvariant()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 || names.Contains("*") ? Any : new MethodSet(false, names);
    }

    /// <summary>The methods of this set that <paramref name="other"/> does not allow. Every method but a few cannot
    /// be listed, so <see cref="Any"/> minus a finite set stays <see cref="Any"/>.</summary>
    /// <param name="other">The set to subtract.</param>
    public MethodSet Except(MethodSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsAny)
        {
            return None;
        }

        return IsAny ? Any : new MethodSet(false, Names.Except(other.Names, StringComparer.Ordinal).ToList());
    }

    /// <summary>How <paramref name="after"/> compares with <paramref name="before"/>.</summary>
    /// <param name="before">The old methods.</param>
    /// <param name="after">The new methods.</param>
    public static ScopeChange Compare(MethodSet before, MethodSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var covered = after.IsAny || (!before.IsAny && before.Names.All(after.Names.Contains));
        var kept = before.IsAny || (!after.IsAny && after.Names.All(before.Names.Contains));
        return (covered, kept) switch
        {
            (true, true) => ScopeChange.Same,
            (true, false) => ScopeChange.Wider,
            (false, true) => ScopeChange.Narrower,
            _ => ScopeChange.Other,
        };
    }

    /// <inheritdoc />
    public bool Equals(MethodSet? other) =>
        other is not null && IsAny == other.IsAny && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MethodSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAny, string.Join(',', Names));

    /// <inheritdoc />
    public override string ToString() => Display;
}
