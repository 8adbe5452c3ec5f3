namespace IdentityFabric.Components.Ingress;

/// <summary>What an ingress rule requires of one request header.</summary>
public enum HeaderCondition
{
    /// <summary>The header is present (any value, including the empty string).</summary>
    Present,

    /// <summary>The header is absent.</summary>
    Absent,

    /// <summary>The header equals <see cref="HeaderRequirement.Value"/> exactly.</summary>
    Exact,

    /// <summary>The whole header value matches the regular expression <see cref="HeaderRequirement.Value"/>
    /// (anchored with <c>^</c> and <c>$</c>, in the RE2 subset that Envoy accepts).</summary>
    Regex,
}

/// <summary>One condition on one request header.</summary>
/// <param name="Name">The header name, lower case.</param>
/// <param name="Condition">What is required of it.</param>
/// <param name="Value">The exact value or the pattern; null for <see cref="HeaderCondition.Present"/> and
/// <see cref="HeaderCondition.Absent"/>.</param>
public sealed record HeaderRequirement(string Name, HeaderCondition Condition, string? Value = null)
{
    /// <summary>A header that must be present.</summary>
    /// <param name="name">The header name.</param>
    public static HeaderRequirement Present(string name) => new(name, HeaderCondition.Present);

    /// <summary>A header that must be absent.</summary>
    /// <param name="name">The header name.</param>
    public static HeaderRequirement Absent(string name) => new(name, HeaderCondition.Absent);

    /// <summary>A header that must equal a value.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    public static HeaderRequirement Exact(string name, string value) => new(name, HeaderCondition.Exact, value);

    /// <summary>A header whose whole value must match a pattern.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="pattern">The anchored pattern.</param>
    public static HeaderRequirement Matching(string name, string pattern) => new(name, HeaderCondition.Regex, pattern);
}
