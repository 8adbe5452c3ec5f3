using System.Collections.Immutable;
using IdentityFabric.Testing;
using Pulumi.Testing;

namespace IdentityFabric.Federation.Tests;

/// <summary>
/// The project's mocks, plus the fabric's own component resources: the real mock monitor hands component
/// registrations to <see cref="IMocks.NewResourceAsync"/> too, and <see cref="FabricMocks"/> refuses every type
/// outside the cloud providers. Components have no provider state, so they are answered here with their name.
/// </summary>
internal sealed class ComponentAwareMocks(FabricMocks inner) : IMocks
{
    private const string ComponentPrefix = "identity-fabric:";

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Type is { } type && type.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? Task.FromResult<(string?, object)>((args.Name, ImmutableDictionary<string, object>.Empty))
            : inner.NewResourceAsync(args);
    }

    public Task<object> CallAsync(MockCallArgs args) => inner.CallAsync(args);
}
