using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests.Support;

/// <summary>
/// Records what the engine hands to the mocks. New resources echo their inputs, get the ID
/// "{name}-id" and an "arn" output; <see cref="State"/> and <see cref="Id"/> override that per test.
/// </summary>
public sealed class RecordingMocks : IMocks
{
    public ConcurrentQueue<MockResourceArgs> Resources { get; } = new();

    public ConcurrentQueue<MockCallArgs> Calls { get; } = new();

    public ConcurrentQueue<MockRegisterResourceOutputsRequest> RegisteredOutputs { get; } = new();

    public Func<MockResourceArgs, IDictionary<string, object>>? State { get; set; }

    public Func<MockResourceArgs, string?>? Id { get; set; }

    public Func<MockCallArgs, object>? Call { get; set; }

    public MockResourceArgs Single(string name) => Resources.Single(r => r.Name == name);

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Resources.Enqueue(args);
        IDictionary<string, object> state = State?.Invoke(args) ?? new Dictionary<string, object>(args.Inputs)
        {
            ["arn"] = $"arn:test:{args.Name}",
        };
        var id = Id is null ? $"{args.Name}-id" : Id(args);
        return Task.FromResult<(string?, object)>((id, state));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        Calls.Enqueue(args);
        return Task.FromResult(Call?.Invoke(args) ?? ImmutableDictionary<string, object>.Empty);
    }

    public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args)
    {
        RegisteredOutputs.Enqueue(args);
        return Task.CompletedTask;
    }
}
