namespace IdentityFabric.Catalog.Loading;

/// <summary>
/// Collects problems from every phase. A field that already has a structural problem (missing, mistyped) gets no
/// further problems from validation, so one mistake produces one line, not a cascade.
/// </summary>
internal sealed class ProblemCollector
{
    private readonly List<CatalogProblem> _problems = [];
    private readonly HashSet<(string File, string Path)> _broken = [];
    private readonly List<(string File, string Path)> _brokenInOrder = [];

    public IReadOnlyList<CatalogProblem> Problems => _problems;

    public bool HasErrors => _problems.Any(p => p.IsError);

    public void Structural(SourceLocation location, string message, string? suppressUnder = null)
    {
        _problems.Add(CatalogProblem.Error(location, message));
        if (_broken.Add((location.File, suppressUnder ?? location.Path)))
        {
            _brokenInOrder.Add((location.File, suppressUnder ?? location.Path));
        }
    }

    /// <summary>A mark to return to with <see cref="RollbackTo"/>.</summary>
    public (int Problems, int Broken) Checkpoint() => (_problems.Count, _brokenInOrder.Count);

    /// <summary>Forgets every problem reported since <paramref name="checkpoint"/> (a file that turned out not to
    /// parse is reported by its syntax error alone).</summary>
    public void RollbackTo((int Problems, int Broken) checkpoint)
    {
        _problems.RemoveRange(checkpoint.Problems, _problems.Count - checkpoint.Problems);
        foreach (var key in _brokenInOrder.Skip(checkpoint.Broken))
        {
            _broken.Remove(key);
        }

        _brokenInOrder.RemoveRange(checkpoint.Broken, _brokenInOrder.Count - checkpoint.Broken);
    }

    public void Add(CatalogProblem problem) => _problems.Add(problem);

    /// <summary>Adds validation problems, except those about fields already reported as broken.</summary>
    public void AddValidation(IEnumerable<CatalogProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (!IsUnderBroken(problem.Location))
            {
                _problems.Add(problem);
            }
        }
    }

    public IReadOnlyList<CatalogProblem> Sorted() =>
        _problems
            .Select((p, i) => (Problem: p, Order: i))
            .OrderBy(x => x.Problem.Location.File, StringComparer.Ordinal)
            .ThenBy(x => x.Problem.Location.Line)
            .ThenBy(x => x.Problem.Location.Column)
            .ThenBy(x => x.Order)
            .Select(x => x.Problem)
            .ToList();

    private bool IsUnderBroken(SourceLocation location)
    {
        if (_broken.Count == 0)
        {
            return false;
        }

        var path = location.Path;
        while (true)
        {
            if (_broken.Contains((location.File, path)))
            {
                return true;
            }

            var cut = path.LastIndexOfAny(['.', '[']);
            if (cut <= 0)
            {
                return false;
            }

            path = path[..cut];
        }
    }
}
