namespace IdentityFabric.Cli.Planning.Access;

/// <summary>
/// Who gains or loses access between two plans, in words: roles, machine clients and anyone on edge routes (path
/// patterns and methods compared as the edge matches them, so a widening says what is gained), roles on browser apps,
/// calls in the mesh, federated IAM roles on Lattice, and who holds each role.
/// </summary>
/// <param name="Compared">False when a plan carries no access model, so nothing could be compared.</param>
/// <param name="NotComparedBecause">Why nothing was compared, when <paramref name="Compared"/> is false.</param>
/// <param name="Changes">The changes, loudest first, then by category, subject and route.</param>
public sealed record AccessDiff(bool Compared, string? NotComparedBecause, IReadOnlyList<AccessChange> Changes)
{
    /// <summary>What an empty access diff says.</summary>
    public const string NoChange = "no change in who can reach what";

    /// <summary>True when both plans were compared and nobody gains or loses anything.</summary>
    public bool IsEmpty => Compared && Changes.Count == 0;

    /// <summary>One line: <see cref="NoChange"/>, the counts, or why nothing was compared.</summary>
    public string Summary
    {
        get
        {
            if (!Compared)
            {
                return $"not compared: {NotComparedBecause}";
            }

            if (Changes.Count == 0)
            {
                return NoChange;
            }

            var parts = new List<string>();
            var loud = Changes.Count(c => c.IsLoud);
            if (loud > 0)
            {
                parts.Add($"{loud} opened to anyone");
            }

            foreach (var (kind, word) in new[] { (AccessChangeKind.Gained, "gained"), (AccessChangeKind.Lost, "lost"), (AccessChangeKind.Changed, "changed") })
            {
                var count = Changes.Count(c => c.Kind == kind);
                if (count > 0)
                {
                    parts.Add($"{count} {word}");
                }
            }

            return $"{Changes.Count} access change{(Changes.Count == 1 ? "" : "s")}: {string.Join(", ", parts)}";
        }
    }

    /// <summary>The diff of two models; when either is missing (a plan made before plans carried one), nothing is
    /// compared and the diff says so, rather than claiming no change or listing every grant as new.</summary>
    /// <param name="old">The old plan's model.</param>
    /// <param name="new">The new plan's model.</param>
    public static AccessDiff Between(EffectiveAccess? old, EffectiveAccess? @new)
    {
        if (old is null || @new is null)
        {
            var which = (old, @new) switch
            {
                (null, null) => "neither plan carries an effective-access model",
                (null, _) => "the old plan carries no effective-access model",
                _ => "the new plan carries no effective-access model",
            };
            return new AccessDiff(false, $"{which} (made by a version of `plan` before it recorded one)", []);
        }

        var changes = new List<AccessChange>();
        changes.AddRange(AccessComparer.Routes(old, @new));
        changes.AddRange(AccessComparer.Apps(old, @new));
        changes.AddRange(AccessComparer.Calls(old, @new));
        changes.AddRange(AccessComparer.Roles(old, @new));
        changes.AddRange(AccessComparer.Hosts(old, @new));
        var merged = AccessComparer.WithFederated(changes, AccessComparer.Federated(old, @new));
        return new AccessDiff(true, null, merged
            .OrderBy(c => c.IsLoud ? 0 : 1)
            .ThenBy(c => c.Category)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.RouteId ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Description, StringComparer.Ordinal)
            .ToList());
    }
}
