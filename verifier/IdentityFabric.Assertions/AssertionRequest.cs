namespace IdentityFabric.Assertions;

/// <summary>
/// The parts of an incoming request that an assertion covers.
/// </summary>
/// <param name="Method">The HTTP method as received.</param>
/// <param name="Host">The <c>Host</c> the service received, with its port if any.</param>
/// <param name="Path">The request target in origin form as received: percent-encoded path and <c>?query</c>.</param>
/// <param name="Headers">Every header as a (name, value) pair, one pair per value, so repeats stay visible.</param>
public sealed record AssertionRequest(
    string Method,
    string Host,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Headers);
