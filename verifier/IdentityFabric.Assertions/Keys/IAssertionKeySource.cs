namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// Supplies the key set in force. Called on every verification, so implementations return a cached value.
/// </summary>
public interface IAssertionKeySource
{
    /// <summary>The key set in force now.</summary>
    AssertionKeySet GetKeys();
}
