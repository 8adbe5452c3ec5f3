namespace IdentityFabric.Catalog.Validation;

/// <summary>DNS hostname checks for edge entry points, browser apps and zones.</summary>
public static class Hostnames
{
    /// <summary>Whether <paramref name="host"/> is a lower-case DNS name: labels of 1–63 letters, digits and inner
    /// hyphens, at least two labels, at most 253 characters in all. Wildcards and trailing dots are refused.</summary>
    /// <param name="host">The candidate.</param>
    public static bool IsValid(string host)
    {
        if (host.Length is 0 or > 253)
        {
            return false;
        }

        var labels = host.Split('.');
        return labels.Length >= 2 && labels.All(IsValidLabel);
    }

    /// <summary>Whether <paramref name="host"/> is the zone itself or lies below it (label-wise, so
    /// <c>evil-example.com</c> is not inside <c>example.com</c>).</summary>
    /// <param name="host">The hostname.</param>
    /// <param name="zone">The zone name.</param>
    public static bool IsInZone(string host, string zone) =>
        zone.Length > 0 &&
        (string.Equals(host, zone, StringComparison.Ordinal) || host.EndsWith("." + zone, StringComparison.Ordinal));

    private static bool IsValidLabel(string label) =>
        label.Length is >= 1 and <= 63 &&
        label[0] != '-' && label[^1] != '-' &&
        label.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-');
}
