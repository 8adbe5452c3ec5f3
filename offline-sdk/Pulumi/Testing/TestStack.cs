
namespace Pulumi.Testing;

/// <summary>
/// The stack the inline <c>Deployment.TestAsync</c> overloads create around a callback; it is
/// left out of their results.
/// </summary>
internal sealed class TestStack : Stack
{
    public TestStack(Action createResources)
    {
        createResources();
        Outputs = new Dictionary<string, object?>();
    }

    public TestStack(Func<Task> createResources)
    {
        createResources().GetAwaiter().GetResult();
        Outputs = new Dictionary<string, object?>();
    }

    public TestStack(Func<IDictionary<string, object?>> createResources)
    {
        Outputs = createResources();
    }

    public TestStack(Func<Task<IDictionary<string, object?>>> createResources)
    {
        Outputs = createResources().GetAwaiter().GetResult();
    }

    public new IDictionary<string, object?> Outputs { get; }
}
