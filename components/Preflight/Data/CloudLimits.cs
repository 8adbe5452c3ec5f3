using System.Globalization;

namespace IdentityFabric.Components.Preflight.Data;

/// <summary>One limit of a cloud: its value, whether it is hard or a raisable quota, and its source.</summary>
/// <param name="Id">The stable id, e.g. <c>iam.role.inlinePolicies.chars</c>.</param>
/// <param name="Value">The limit (the first value when the table lists several).</param>
/// <param name="Values">Every listed value (for allowed-value lists such as log retention days).</param>
/// <param name="IsHard">True for a hard limit, false for a quota the account can raise.</param>
/// <param name="RaisableTo">How far a quota can be raised, when the source says.</param>
/// <param name="Unit">What is counted.</param>
/// <param name="Source">Where the fact comes from.</param>
public sealed record CloudLimit(string Id, long Value, IReadOnlyList<long> Values, bool IsHard, long? RaisableTo, string Unit, string Source)
{
    /// <summary>For a quota: "can be raised to N", "can be raised on request", or "hard limit".</summary>
    public string RaiseText => IsHard ? "hard limit, cannot be raised"
        : RaisableTo is { } to ? $"can be raised to {to.ToString("N0", CultureInfo.InvariantCulture)} on request"
        : "can be raised on request";
}

/// <summary>The limits the API models do not carry (<c>Data/cloud-limits.tsv</c>, from ../shared/cloud-models/README.md).</summary>
public sealed class CloudLimits
{
    private readonly Dictionary<string, CloudLimit> _limits;

    private CloudLimits(Dictionary<string, CloudLimit> limits) => _limits = limits;

    /// <summary>The table shipped with the project.</summary>
    public static CloudLimits Shipped { get; } = Parse(ConstraintTable.EmbeddedText("cloud-limits.tsv"));

    /// <summary>Every limit.</summary>
    public IEnumerable<CloudLimit> All => _limits.Values;

    /// <summary>A limit by id.</summary>
    /// <param name="id">Its id.</param>
    /// <exception cref="KeyNotFoundException">The table has no such limit.</exception>
    public CloudLimit this[string id] => _limits.TryGetValue(id, out var limit) ? limit : throw new KeyNotFoundException($"no cloud limit '{id}' in cloud-limits.tsv");

    /// <summary>Reads the table.</summary>
    /// <param name="text">Its text.</param>
    public static CloudLimits Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limits = new Dictionary<string, CloudLimit>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var values = cells[1].Split(',').Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
            limits[cells[0]] = new CloudLimit(
                cells[0], values[0], values, cells[2] == "hard",
                cells[3].Length == 0 ? null : long.Parse(cells[3], CultureInfo.InvariantCulture), cells[4], cells[5]);
        }

        return new CloudLimits(limits);
    }
}
