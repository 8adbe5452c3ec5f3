namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// A key set fixed at construction, for hosts that obtain keys some other way.
/// </summary>
/// <param name="keys">The key set.</param>
public sealed class StaticAssertionKeySource(AssertionKeySet keys) : IAssertionKeySource
{
    private readonly AssertionKeySet keys = keys ?? throw new ArgumentNullException(nameof(keys));

    /// <inheritdoc />
    public AssertionKeySet GetKeys() => keys;
}
