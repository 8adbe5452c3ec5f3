using System.Globalization;

namespace IdentityFabric.Catalog.Loading;

/// <summary>Catalog durations: a whole number and one unit (<c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>).</summary>
public static class Durations
{
    /// <summary>The most digits a duration's number may have.</summary>
    public const int MaxDigits = 12;

    // About 3,000 years: below TimeSpan.MaxValue, so no amount and unit can overflow.
    private const long MaxMilliseconds = 100_000_000_000_000;

    /// <summary>Parses a duration such as <c>30s</c> or <c>8h</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="duration">The duration, when the text is valid.</param>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(text);
        duration = default;
        var unitStart = 0;
        while (unitStart < text.Length && char.IsAsciiDigit(text[unitStart]))
        {
            unitStart++;
        }

        if (unitStart == 0 || unitStart > MaxDigits ||
            !long.TryParse(text.AsSpan(0, unitStart), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        long? millisecondsPerUnit = text[unitStart..] switch
        {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => null,
        };
        if (millisecondsPerUnit is not { } unit || amount > MaxMilliseconds / unit)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(amount * unit);
        return true;
    }

    /// <summary>Formats a duration in the largest unit that represents it exactly (the inverse of <see cref="TryParse"/>).</summary>
    /// <param name="duration">The duration.</param>
    public static string Format(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        return ms switch
        {
            _ when ms != 0 && ms % 86_400_000 == 0 => $"{ms / 86_400_000}d",
            _ when ms != 0 && ms % 3_600_000 == 0 => $"{ms / 3_600_000}h",
            _ when ms != 0 && ms % 60_000 == 0 => $"{ms / 60_000}m",
            _ when ms % 1000 == 0 => $"{ms / 1000}s",
            _ => $"{ms}ms",
        };
    }
}
