using System.Globalization;

namespace IdentityFabric.Catalog.Loading;

/// <summary>Catalog durations: a whole number and one unit (<c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>).</summary>
public static class Durations
{
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

        if (unitStart == 0 || unitStart > 9 ||
            !long.TryParse(text.AsSpan(0, unitStart), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        TimeSpan? parsed = text[unitStart..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            "d" => TimeSpan.FromDays(amount),
            _ => null,
        };
        duration = parsed ?? default;
        return parsed is not null;
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
