using System.Collections.Immutable;
using IdentityFabric.Testing;
using Pulumi.Testing;

namespace IdentityFabric.Lattice.Tests.Support;

/// <summary>
/// Lets the project's own component resources (type tokens <c>identity-fabric:*</c>) register, as the engine does,
/// and hands every provider resource to <see cref="FabricMocks"/>, which records it and refuses unknown types.
/// </summary>
internal sealed class FabricComponentMocks(FabricMocks inner) : IMocks
{
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Type is { } type && type.StartsWith("identity-fabric:", StringComparison.Ordinal)
            ? Task.FromResult<(string?, object)>((null, ImmutableDictionary<string, object>.Empty))
            : inner.NewResourceAsync(args);
    }

    public Task<object> CallAsync(MockCallArgs args) => inner.CallAsync(args);
}
