using System.Collections.Immutable;
using IdentityFabric.Testing;
using Pulumi.Testing;

namespace IdentityFabric.AppMesh.Tests.Support;

/// <summary>
/// The engine registers component resources with the mocks too. <see cref="FabricMocks"/> refuses every token
/// outside the cloud providers, so this passes the fabric's own component tokens (<c>identity-fabric:</c>) through
/// with their inputs echoed and sends everything else, unchanged, to <see cref="FabricMocks"/>.
/// </summary>
internal sealed class ComponentAwareMocks(FabricMocks inner) : IMocks
{
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Type is { } type && type.StartsWith("identity-fabric:", StringComparison.Ordinal)
            ? Task.FromResult<(string?, object)>((null, args.Inputs ?? ImmutableDictionary<string, object>.Empty))
            : inner.NewResourceAsync(args);
    }

    public Task<object> CallAsync(MockCallArgs args) => inner.CallAsync(args);
}
