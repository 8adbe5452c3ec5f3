using System.Collections.Immutable;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi;

public sealed partial class Deployment
{
    /// <summary>The value a provider reference carries when its provider's ID is not known.</summary>
    private const string UnknownId = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private readonly List<Resource> _resources = new();
    private readonly Dictionary<string, RegisteredResource> _registeredByUrn = new(StringComparer.Ordinal);

    internal ImmutableArray<Resource> Resources
    {
        get
        {
            lock (_resources)
            {
                return _resources.ToImmutableArray();
            }
        }
    }

    internal void ReadOrRegisterResource(Resource resource, bool custom, bool remote, ResourceArgs args, ResourceOptions options)
        => Runner.RegisterTask(CompleteResourceAsync(resource, custom, args, options));

    /// <summary>
    /// Registers the resource with the mocks, then resolves every [Output] property: from the
    /// returned state when present, otherwise with a default that is unknown during a preview.
    /// </summary>
    private async Task CompleteResourceAsync(Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
    {
        var sources = resource.CompletionSources;
        try
        {
            var (urn, id, state) = await ReadOrRegisterResourceAsync(resource, custom, args, options).ConfigureAwait(false);
            sources["urn"].SetStringValue(urn, isKnown: true);
            if (resource is CustomResource)
            {
                var resolvedId = id ?? "";
                sources["id"].SetStringValue(resolvedId, isKnown: resolvedId.Length > 0);
            }

            var typeContext = WireContext.Root(resource.GetType().FullName!);
            Action<string> warn = warning => Logger.Log(LogSeverity.Warning, warning, resource);
            foreach (var (name, source) in sources)
            {
                if (name is "urn" or "id" || !state.TryGetValue(name, out var wire))
                {
                    continue;
                }

                var (value, isKnown, isSecret) = WireConverter.Convert(typeContext, name, wire, source.TargetType, warn);
                source.SetValue(value, isKnown, isSecret);
            }
        }
        catch (Exception exception)
        {
            foreach (var source in sources.Values)
            {
                source.TrySetException(exception);
            }

            throw;
        }
        finally
        {
            foreach (var source in sources.Values)
            {
                source.TrySetDefaultResult(isKnown: !IsDryRun);
            }

            resource.ReleaseCompletionSources();
        }
    }

    private async Task<(string Urn, string? Id, ImmutableDictionary<string, object?> State)> ReadOrRegisterResourceAsync(
        Resource resource, bool custom, ResourceArgs args, ResourceOptions options)
    {
        if (options.Urn is not null)
        {
            lock (_registeredByUrn)
            {
                return _registeredByUrn.TryGetValue(options.Urn, out var registered)
                    ? (registered.Urn, registered.Id, registered.State)
                    : throw new InvalidOperationException($"Unknown resource {options.Urn}");
            }
        }

        if (options.Id is not null)
        {
            var id = await options.Id.ToOutput().GetValueAsync(whenUnknown: "").ConfigureAwait(false);
            if (!string.IsNullOrEmpty(id))
            {
                if (resource is not CustomResource)
                {
                    throw new ArgumentException($"{nameof(ResourceOptions)}.{nameof(ResourceOptions.Id)} is only valid for a {nameof(CustomResource)}");
                }

                return await RegisterWithMocksAsync(resource, custom, args, options, readId: id).ConfigureAwait(false);
            }
        }

        return await RegisterWithMocksAsync(resource, custom, args, options, readId: null).ConfigureAwait(false);
    }

    private async Task<(string Urn, string? Id, ImmutableDictionary<string, object?> State)> RegisterWithMocksAsync(
        Resource resource, bool custom, ResourceArgs args, ResourceOptions options, string? readId)
    {
        var type = resource.GetResourceType();
        var name = resource.GetResourceName();
        var label = $"resource:{name}[{type}]";

        var serializer = new WireSerializer();
        var properties = await serializer.SerializePropertiesAsync(label, await args.ToDictionaryAsync().ConfigureAwait(false)).ConfigureAwait(false);

        var parentUrn = options.Parent is not null
            ? await options.Parent.Urn.GetValueAsync(whenUnknown: default!).ConfigureAwait(false)
            : type == Stack.RootStackType || Stack is null ? null : await Stack.Urn.GetValueAsync(whenUnknown: default!).ConfigureAwait(false);

        var providerReference = custom ? await ProviderReferenceAsync(options.Provider).ConfigureAwait(false) : null;

        // Like the real SDK, wait until every resource this one depends on is registered. The serializer is this
        // registration's own, so its set is extended in place rather than copied.
        var dependencies = serializer.DependentResources;
        dependencies.UnionWith(await options.DependsOn.ToOutput().GetValueAsync(whenUnknown: ImmutableArray<Resource>.Empty).ConfigureAwait(false));
        dependencies.Remove(resource);
        foreach (var dependency in dependencies)
        {
            await dependency.Urn.GetValueAsync(whenUnknown: default!).ConfigureAwait(false);
        }

        lock (_resources)
        {
            _resources.Add(resource);
        }

        var urn = NewUrn(parentUrn, type, name);
        if (type == Stack.RootStackType)
        {
            return (urn, null, ImmutableDictionary<string, object?>.Empty);
        }

        var importId = (options as CustomResourceOptions)?.ImportId ?? "";
        var (id, state) = await _mocks.NewResourceAsync(new MockResourceArgs
        {
            Type = type,
            Name = name,
            Inputs = WireValues.ToMockDictionary(properties),
            Provider = providerReference ?? "",
            Id = readId ?? importId,
        }).ConfigureAwait(false);

        var serializedState = await SerializeMockResultAsync(state).ConfigureAwait(false);
        var resolvedId = readId ?? id ?? importId;
        lock (_registeredByUrn)
        {
            _registeredByUrn[urn] = new RegisteredResource(urn, resolvedId, serializedState);
        }

        return (urn, resolvedId, serializedState);
    }

    /// <summary>Registers a component's (or the stack's) outputs and hands them to the mocks.</summary>
    internal void RegisterResourceOutputs(Resource resource, Output<IDictionary<string, object?>> outputs)
    {
        async Task RegisterAsync()
        {
            var values = await outputs.GetValueAsync(whenUnknown: null!).ConfigureAwait(false);
            var urn = await resource.Urn.GetValueAsync(whenUnknown: default!).ConfigureAwait(false);
            var serializer = new WireSerializer();
            var serialized = values is null
                ? ImmutableDictionary<string, object?>.Empty
                : await serializer.SerializePropertiesAsync($"resource:{resource.GetResourceName()}", values.ToImmutableDictionary()).ConfigureAwait(false);

            var mockOutputs = serialized.ToImmutableDictionary(
                kv => kv.Key,
                kv =>
                {
                    var (value, isKnown, isSecret) = WireValues.ToPlain(kv.Value);
                    return new Output<object?>(Task.FromResult(new OutputData<object?>(ImmutableHashSet<Resource>.Empty, value, isKnown, isSecret)));
                });
            await _mocks.RegisterResourceOutputs(new MockRegisterResourceOutputsRequest(urn, mockOutputs)).ConfigureAwait(false);
        }

        Runner.RegisterTask(RegisterAsync());
    }

    /// <summary>The URN the real mock monitor gives: the parent's first type segment, '$', then the own type.</summary>
    private string NewUrn(string? parentUrn, string type, string name)
    {
        if (!string.IsNullOrEmpty(parentUrn))
        {
            var parentType = parentUrn.Split("::")[2].Split('$')[0];
            type = parentType + "$" + type;
        }

        return "urn:pulumi:" + string.Join("::", StackName, ProjectName, type, name);
    }

    private static async Task<string?> ProviderReferenceAsync(ProviderResource? provider)
    {
        if (provider is null)
        {
            return null;
        }

        var urn = await provider.Urn.GetValueAsync(whenUnknown: default!).ConfigureAwait(false);
        var id = await provider.Id.GetValueAsync(whenUnknown: default!).ConfigureAwait(false);
        return $"{urn}::{(string.IsNullOrEmpty(id) ? UnknownId : id)}";
    }

    /// <summary>
    /// Serializes what a mock returned. Like the real mock monitor, only dictionaries (and args or
    /// output-type objects) are accepted.
    /// </summary>
    private static async Task<ImmutableDictionary<string, object?>> SerializeMockResultAsync(object? result)
    {
        if (result is IDictionary<string, object> dictionary)
        {
            result = dictionary.ToImmutableDictionary();
        }

        var serialized = await new WireSerializer().SerializeAsync(WireContext.Root(""), result).ConfigureAwait(false);
        return serialized as ImmutableDictionary<string, object?>
            ?? throw new InvalidOperationException($"{result?.GetType().FullName ?? "null"} is not a supported argument type");
    }

    private sealed record RegisteredResource(string Urn, string? Id, ImmutableDictionary<string, object?> State);
}
