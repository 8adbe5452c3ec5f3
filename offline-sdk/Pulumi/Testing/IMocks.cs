using System.Collections.Immutable;

namespace Pulumi.Testing;

/// <summary>
/// Test doubles for the engine, used by <see cref="Deployment.TestAsync{TStack}(IMocks, TestOptions?)"/>.
/// </summary>
public interface IMocks
{
    /// <summary>
    /// Called for every resource the program registers (except the root stack). Returns the
    /// resource's ID and its output state (a dictionary of wire names to values).
    /// </summary>
    Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

    /// <summary>Called for every provider function invocation; returns its result as a dictionary.</summary>
    Task<object> CallAsync(MockCallArgs args);

    /// <summary>Called when a component or stack registers its outputs.</summary>
    Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
}

/// <summary>What <see cref="IMocks.NewResourceAsync"/> learns about a resource.</summary>
public class MockResourceArgs
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    /// <summary>Known, non-null inputs by wire name; numbers arrive as doubles, secrets as plain values.</summary>
    public ImmutableDictionary<string, object> Inputs { get; set; } = null!;

    public string? Provider { get; set; }

    /// <summary>Empty for a new resource; the ID for a resource read by ID.</summary>
    public string? Id { get; set; }
}

/// <summary>What <see cref="IMocks.CallAsync"/> learns about an invocation.</summary>
public class MockCallArgs
{
    public string? Token { get; set; }

    public ImmutableDictionary<string, object> Args { get; set; } = null!;

    public string? Provider { get; set; }
}

/// <summary>The outputs a component or stack registered.</summary>
public class MockRegisterResourceOutputsRequest
{
#pragma warning disable CA1051 // The real type exposes these as public readonly fields.
    public readonly string Urn;

    public readonly ImmutableDictionary<string, Output<object?>> Outputs;
#pragma warning restore CA1051

    public MockRegisterResourceOutputsRequest(string urn, ImmutableDictionary<string, Output<object?>> outputs)
    {
        Urn = urn;
        Outputs = outputs;
    }
}

/// <summary>Settings of a test run.</summary>
public class TestOptions
{
    /// <summary>Defaults to "project".</summary>
    public string? ProjectName { get; set; }

    /// <summary>Defaults to "stack".</summary>
    public string? StackName { get; set; }

    /// <summary>Defaults to true: outputs the mocks do not return stay unknown.</summary>
    public bool? IsPreview { get; set; }

    /// <summary>Defaults to "organization".</summary>
    public string? OrganizationName { get; set; }
}
