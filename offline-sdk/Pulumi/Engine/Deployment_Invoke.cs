using System.Collections.Immutable;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi;

public sealed partial class Deployment
{
    internal Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options, InputList<Resource>? dependsOn, bool single)
    {
        async Task<OutputData<T>> GetData()
        {
            var serializer = new WireSerializer();
            var arguments = await serializer.SerializePropertiesAsync($"invoke:{token}", await args.ToDictionaryAsync().ConfigureAwait(false)).ConfigureAwait(false);
            var resources = serializer.DependentResources.ToImmutableHashSet();
            if (dependsOn is not null)
            {
                resources = resources.Union(await dependsOn.ToOutput().GetValueAsync(whenUnknown: ImmutableArray<Resource>.Empty).ConfigureAwait(false));
            }

            // With unknown arguments the function is not called: its result is unknown too.
            if (arguments.Values.Any(WireValues.ContainsUnknowns))
            {
                return new OutputData<T>(resources, default!, isKnown: false, isSecret: false);
            }

            var result = await CallMocksAsync(token, arguments, options).ConfigureAwait(false);
            var (value, isKnown, isSecret) = ConvertInvokeResult<T>(token, result, single);
            return new OutputData<T>(resources, value, isKnown, isSecret);
        }

        return new Output<T>(GetData());
    }

    internal async Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options, bool single)
    {
        var serializer = new WireSerializer();
        var arguments = await serializer.SerializePropertiesAsync($"invoke:{token}", await args.ToDictionaryAsync().ConfigureAwait(false)).ConfigureAwait(false);
        var result = await CallMocksAsync(token, arguments, options).ConfigureAwait(false);
        var (value, isKnown, _) = ConvertInvokeResult<T>(token, result, single);
        return isKnown ? value : default!;
    }

    private async Task<ImmutableDictionary<string, object?>> CallMocksAsync(string token, ImmutableDictionary<string, object?> arguments, InvokeOptions? options)
    {
        if (token == GetResourceToken)
        {
            return GetRegisteredResource(arguments);
        }

        var provider = options?.Provider ?? options?.Parent?.GetProvider(token);
        var result = await _mocks.CallAsync(new MockCallArgs
        {
            Token = token,
            Args = WireValues.ToMockDictionary(arguments),
            Provider = await ProviderReferenceAsync(provider).ConfigureAwait(false) ?? "",
        }).ConfigureAwait(false);
        return await SerializeMockResultAsync(result).ConfigureAwait(false);
    }

    /// <summary>The engine function that returns a registered resource; the mock monitor answers it itself.</summary>
    private const string GetResourceToken = "pulumi:pulumi:getResource";

    private ImmutableDictionary<string, object?> GetRegisteredResource(ImmutableDictionary<string, object?> arguments)
    {
        var urn = arguments.TryGetValue("urn", out var value) ? value as string : null;
        lock (_registeredByUrn)
        {
            if (urn is null || !_registeredByUrn.TryGetValue(urn, out var registered))
            {
                throw new InvalidOperationException($"Unknown resource {urn}");
            }

            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            builder["urn"] = registered.Urn;
            if (registered.Id is not null)
            {
                builder["id"] = registered.Id;
            }

            builder["state"] = registered.State;
            return builder.ToImmutable();
        }
    }

    private (T Value, bool IsKnown, bool IsSecret) ConvertInvokeResult<T>(string token, ImmutableDictionary<string, object?> result, bool single)
    {
        object? wire = result;
        if (single)
        {
            if (result.Count != 1)
            {
                throw new InvalidOperationException($"Expected a single result for invoke {token}, got {result.Count}");
            }

            wire = result.Values.Single();
        }

        var (value, isKnown, isSecret) = WireConverter.Convert(
            $"invoke:{token}", wire, typeof(T), warning => Logger.Log(LogSeverity.Warning, warning, null));
        return (value is null ? default! : (T)value, isKnown, isSecret);
    }
}
