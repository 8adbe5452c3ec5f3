using System.Collections.Concurrent;
using Pulumi;
using Pulumi.Testing;

namespace IdentityFabric.Testing;

/// <summary>A resource as a component asked for it, before the engine saw it: its type, name, args and options.</summary>
/// <param name="Type">The type token.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Args">The args as the component built them.</param>
/// <param name="Options">The options as the component passed them.</param>
public sealed record RequestedResource(string Type, string Name, ResourceArgs Args, ResourceOptions Options);

/// <summary>
/// One component deployed on its own under <see cref="FabricMocks"/> (not a preview), with every resource it asked
/// for recorded through a transformation, so tests can read both what the engine registered (<see cref="Mocks"/>)
/// and the args and options as passed (<see cref="Requested"/>).
/// </summary>
/// <typeparam name="TComponent">The component type.</typeparam>
public class ComponentRun<TComponent>
    where TComponent : ComponentResource
{
    /// <summary>The Pulumi project name every run deploys under.</summary>
    public const string ProjectName = "identity-fabric";

    /// <summary>Wraps a finished run, for suites that add their own helpers on top.</summary>
    /// <param name="run">The run.</param>
    protected ComponentRun(ComponentRun<TComponent> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Mocks = run.Mocks;
        Requested = run.Requested;
        Component = run.Component;
    }

    private ComponentRun(FabricMocks mocks, IReadOnlyList<RequestedResource> requested, TComponent component)
    {
        Mocks = mocks;
        Requested = requested;
        Component = component;
    }

    /// <summary>The mocks the run registered with.</summary>
    public FabricMocks Mocks { get; }

    /// <summary>Every resource the component and its children asked for, in request order.</summary>
    public IReadOnlyList<RequestedResource> Requested { get; }

    /// <summary>The component itself, for its outputs.</summary>
    public TComponent Component { get; }

    /// <summary>Deploys one component under the mocks.</summary>
    /// <param name="mocks">The mocks, with any extra outputs already added.</param>
    /// <param name="stackName">The stack name (the environment's name).</param>
    /// <param name="create">Creates the component with the options it is handed (they carry the recorder).</param>
    public static async Task<ComponentRun<TComponent>> DeployAsync(FabricMocks mocks, string stackName, Func<ComponentResourceOptions, TComponent> create)
    {
        ArgumentNullException.ThrowIfNull(mocks);
        ArgumentNullException.ThrowIfNull(create);
        var requested = new ConcurrentQueue<RequestedResource>();
        TComponent? component = null;
        await Deployment.TestAsync(
            mocks,
            new TestOptions { IsPreview = false, StackName = stackName, ProjectName = ProjectName },
            () =>
            {
                component = create(new ComponentResourceOptions
                {
                    ResourceTransformations =
                    {
                        t =>
                        {
                            requested.Enqueue(new RequestedResource(t.Resource.GetResourceType(), t.Resource.GetResourceName(), t.Args, t.Options));
                            return null;
                        },
                    },
                });
            }).ConfigureAwait(false);
        return new ComponentRun<TComponent>(mocks, requested.ToList(), component ?? throw new InvalidOperationException("the component was not created"));
    }

    /// <summary>The registered resources of one type token.</summary>
    /// <param name="type">The type token.</param>
    public IReadOnlyList<MockResourceArgs> OfType(string type) => Mocks.OfType(type);

    /// <summary>The one requested resource with this logical name.</summary>
    /// <param name="name">The logical name.</param>
    public RequestedResource RequestOf(string name) => Requested.Single(r => r.Name == name);
}
