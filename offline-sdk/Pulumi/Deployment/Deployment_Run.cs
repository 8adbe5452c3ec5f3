using System.Collections.Immutable;
using System.Reflection;
using Pulumi.Testing;

namespace Pulumi;

public sealed partial class Deployment
{
    private const string NoEngineMessage =
        "The offline Pulumi SDK stand-in has no engine: it runs programs only under Deployment.TestAsync with mocks. " +
        "To deploy or preview with `pulumi up`/`pulumi preview`, build against the real Pulumi packages (-p:PulumiSdk=nuget).";

    public static Task<int> RunAsync(Action action) => NoEngine();

    public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => NoEngine();

    public static Task<int> RunAsync(Func<Task> func) => NoEngine();

    public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => NoEngine();

    public static Task<int> RunAsync<TStack>() where TStack : Stack, new() => NoEngine();

    public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider) where TStack : Stack => NoEngine();

    private static Task<int> NoEngine() => Task.FromException<int>(new InvalidOperationException(NoEngineMessage));

    /// <summary>
    /// Runs the stack <typeparamref name="TStack"/> against <paramref name="mocks"/> and returns every
    /// registered resource, the stack included. Errors of the run are thrown as <see cref="RunException"/>.
    /// </summary>
    public static Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
        where TStack : Stack, new()
        => TestAsync(mocks, deployment => deployment.RunStackAsync(
            () => (TStack)Activator.CreateInstance(typeof(TStack), BindingFlags.DoNotWrapExceptions, binder: null, args: null, culture: null)!), options);

    /// <summary>Like <see cref="TestAsync{TStack}(IMocks, TestOptions?)"/>, resolving the stack from a service provider.</summary>
    public static Task<ImmutableArray<Resource>> TestWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
        where TStack : Stack
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        return TestAsync(mocks, deployment => deployment.RunStackAsync(
            () => serviceProvider.GetService(typeof(TStack)) as TStack
                ?? throw new ApplicationException($"Failed to resolve instance of type {typeof(TStack)} from service provider. Register the type with the service provider before calling {nameof(RunAsync)}.")), options);
    }

    /// <summary>Runs <paramref name="createResources"/> inside a stack; returns the resources (without that stack) and its outputs.</summary>
    public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<Task<IDictionary<string, object?>>> createResources)
        => TestResults(await TestAsync(testMocks, d => d.RunStackAsync(() => new TestStack(createResources)), testOptions).ConfigureAwait(false));

    /// <summary>Runs <paramref name="createResources"/> inside a stack; returns the resources (without that stack) and its outputs.</summary>
    public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
        IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources)
        => TestResults(await TestAsync(testMocks, d => d.RunStackAsync(() => new TestStack(createResources)), testOptions).ConfigureAwait(false));

    /// <summary>Runs <paramref name="createResources"/> inside a stack; returns the resources without that stack.</summary>
    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Func<Task> createResources)
        => TestResults(await TestAsync(testMocks, d => d.RunStackAsync(() => new TestStack(createResources)), testOptions).ConfigureAwait(false)).Resources;

    /// <summary>Runs <paramref name="createResources"/> inside a stack; returns the resources without that stack.</summary>
    public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Action createResources)
        => TestResults(await TestAsync(testMocks, d => d.RunStackAsync(() => new TestStack(createResources)), testOptions).ConfigureAwait(false)).Resources;

    private static (ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs) TestResults(ImmutableArray<Resource> resources)
    {
        IDictionary<string, object?> outputs = new Dictionary<string, object?>();
        var result = ImmutableArray.CreateBuilder<Resource>();
        foreach (var resource in resources)
        {
            if (resource is TestStack testStack)
            {
                outputs = testStack.Outputs;
                continue;
            }

            result.Add(resource);
        }

        return (result.ToImmutable(), outputs);
    }

    private static async Task<ImmutableArray<Resource>> TestAsync(IMocks mocks, Func<Deployment, Task> run, TestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        var (resources, exception) = await TryTestAsync(mocks, run, options).ConfigureAwait(false);
        return exception is null ? resources : throw exception;
    }

    /// <summary>
    /// Runs a program to completion. Every error it logged (an unhandled exception is logged as one)
    /// becomes a <see cref="RunException"/>; several become an <see cref="AggregateException"/>.
    /// </summary>
    // Must stay async: the deployment instance is an AsyncLocal scoped to this call.
    private static async Task<(ImmutableArray<Resource> Resources, Exception? Exception)> TryTestAsync(
        IMocks mocks, Func<Deployment, Task> run, TestOptions? options)
    {
        var deployment = new Deployment(mocks, options);
        Instance = new DeploymentInstance(deployment);
        await run(deployment).ConfigureAwait(false);

        var errors = deployment.Logger.Errors;
        Exception? exception = errors.Count switch
        {
            0 => null,
            1 => new RunException(errors[0]),
            _ => new AggregateException(errors.Select(e => new RunException(e))),
        };
        return (deployment.Resources, exception);
    }

    private async Task RunStackAsync<TStack>(Func<TStack> stackFactory) where TStack : Stack
    {
        try
        {
            var stack = stackFactory();
            stack.RegisterPropertyOutputs();
            Runner.RegisterTask(stack.Outputs.DataTask);
        }
#pragma warning disable CA1031 // A failing program is reported as the run's error, as the real runner does.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Runner.RecordException(exception);
        }

        foreach (var exception in await Runner.WhileRunningAsync().ConfigureAwait(false))
        {
            Logger.Log(LogSeverity.Error, Runner.Describe(exception), null);
        }
    }
}
