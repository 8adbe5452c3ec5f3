using System.Collections.Immutable;
using Pulumi.Serialization;

namespace Pulumi;

/// <summary>
/// A resource: registered with the engine when constructed, its outputs resolved asynchronously.
/// </summary>
public class Resource
{
    private readonly string _type;
    private readonly string _name;
    private readonly ImmutableArray<ResourceTransformation> _transformations;
    private readonly ImmutableDictionary<string, ProviderResource> _providers;
    private readonly bool _protect;

    private protected Resource(
        string type, string name, bool custom,
        ResourceArgs args, ResourceOptions options,
        bool remote = false, bool dependency = false)
    {
        if (dependency)
        {
            _type = "";
            _name = "";
            _providers = ImmutableDictionary<string, ProviderResource>.Empty;
            CompletionSources = NoCompletionSources;
            return;
        }

        if (string.IsNullOrEmpty(type))
        {
            throw new ArgumentException("'type' cannot be null or empty.", nameof(type));
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("'name' cannot be null or empty.", nameof(name));
        }

        var deployment = Deployment.InternalInstance;

        // Outputs exist before anything else can observe this resource.
        CompletionSources = OutputCompletionSource.InitializeOutputs(this);

        var parent = type == Stack.RootStackType ? null : options.Parent ?? deployment.Stack;
        _type = type;
        _name = name;

        _transformations = Transformations(options.ResourceTransformations, parent is null || parent._transformations.IsDefault ? ImmutableArray<ResourceTransformation>.Empty : parent._transformations);
        foreach (var transformation in _transformations)
        {
            var result = transformation(new ResourceTransformationArgs(this, args, options));
            if (result is null)
            {
                continue;
            }

            if (result.Value.Options.Parent != options.Parent)
            {
                throw new ArgumentException("Transformations cannot currently be used to change the 'parent' of a resource.");
            }

            args = result.Value.Args;
            options = result.Value.Options;
        }

        options = options.Clone();
        var componentOptions = options as ComponentResourceOptions;
        if (options.Provider is not null && componentOptions?.Providers.Count > 0)
        {
            throw new ResourceException("Do not supply both 'provider' and 'providers' options to a ComponentResource.", options.Parent);
        }

        _providers = ImmutableDictionary<string, ProviderResource>.Empty;
        if (options.Parent is not null)
        {
            lock (options.Parent.ChildResources)
            {
                options.Parent.ChildResources.Add(this);
            }

            options.Protect ??= options.Parent._protect;
            _providers = options.Parent._providers;
        }

        if (custom)
        {
            if (options.Provider is null)
            {
                options.Provider = options.Parent?.GetProvider(type);
            }
            else if (type.Split(':') is { Length: 3 } parts)
            {
                _providers = _providers.SetItem(parts[0], options.Provider);
            }
        }
        else
        {
            var providers = options.Provider is not null
                ? new List<ProviderResource> { options.Provider }
                : componentOptions?.Providers ?? new List<ProviderResource>();
            foreach (var provider in providers)
            {
                _providers = _providers.SetItem(provider.Package, provider);
            }
        }

        _protect = options.Protect == true;
        deployment.ReadOrRegisterResource(this, custom, remote, args, options);
    }

    internal HashSet<Resource> ChildResources { get; } = new HashSet<Resource>();

    /// <summary>A resource's own transformations, then its parent's; most resources have none, which costs nothing.</summary>
    private static ImmutableArray<ResourceTransformation> Transformations(List<ResourceTransformation> own, ImmutableArray<ResourceTransformation> parents)
    {
        if (own.Count == 0)
        {
            return parents;
        }

        var transformations = ImmutableArray.CreateBuilder<ResourceTransformation>(own.Count + parents.Length);
        transformations.AddRange(own);
        transformations.AddRange(parents);
        return transformations.MoveToImmutable();
    }

    internal IReadOnlyDictionary<string, IOutputCompletionSource> CompletionSources { get; private set; }

    /// <summary>Once every output is resolved, its pending form is no longer needed (the outputs keep their values).</summary>
    internal void ReleaseCompletionSources() => CompletionSources = NoCompletionSources;

    private static readonly IReadOnlyDictionary<string, IOutputCompletionSource> NoCompletionSources = new Dictionary<string, IOutputCompletionSource>();

    /// <summary>The stable logical URN that identifies this resource across deployments.</summary>
    [Output("urn")]
    public Output<string> Urn { get; private protected set; } = null!;

    /// <summary>The type token given at construction.</summary>
    public string GetResourceType() => _type;

    /// <summary>The name given at construction.</summary>
    public string GetResourceName() => _name;

    /// <summary>The provider this resource hands to children of the same package, if any.</summary>
    internal ProviderResource? GetProvider(string moduleMember)
    {
        var parts = moduleMember.Split(':');
        return parts.Length == 3 && _providers.TryGetValue(parts[0], out var provider) ? provider : null;
    }
}

/// <summary>
/// A resource whose lifecycle a provider plugin manages.
/// </summary>
public class CustomResource : Resource
{
    public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
        : this(type, name, args, options, dependency: false)
    {
    }

    private protected CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options, bool dependency)
        : base(type, name, custom: true, args ?? ResourceArgs.Empty, options ?? new CustomResourceOptions(), remote: false, dependency)
    {
    }

    /// <summary>The provider-assigned ID; unknown during a preview until the provider returns one.</summary>
    [Output("id")]
    public Output<string> Id { get; private protected set; } = null!;
}

/// <summary>
/// A resource that groups child resources into a higher-level abstraction.
/// </summary>
public class ComponentResource : Resource
{
    public ComponentResource(string type, string name, ComponentResourceOptions? options = null)
        : this(type, name, ResourceArgs.Empty, options, remote: false)
    {
    }

    public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false)
        : base(type, name, custom: false, args ?? ResourceArgs.Empty, options ?? new ComponentResourceOptions(), remote)
    {
    }

    /// <summary>Registers every public [Output] property of this component as its outputs.</summary>
    protected void RegisterOutputs()
    {
        var outputs = new Dictionary<string, object?>();
        foreach (var property in GetType().GetProperties())
        {
            if (property.Name == nameof(Urn))
            {
                continue;
            }

            if (property.GetCustomAttributes(typeof(OutputAttribute), false).FirstOrDefault() is OutputAttribute attribute)
            {
                var key = string.IsNullOrWhiteSpace(attribute.Name) ? property.Name : attribute.Name;
                outputs.Add(key, property.GetValue(this));
            }
        }

        RegisterOutputs(outputs);
    }

    protected void RegisterOutputs(IDictionary<string, object?> outputs)
        => RegisterOutputs(Task.FromResult(outputs ?? throw new ArgumentNullException(nameof(outputs))));

    protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs)
        => RegisterOutputs(Output.Create(outputs ?? throw new ArgumentNullException(nameof(outputs))));

    protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs)
        => Deployment.InternalInstance.RegisterResourceOutputs(this, outputs ?? throw new ArgumentNullException(nameof(outputs)));
}

/// <summary>
/// A resource that configures a provider package for the custom resources that use it.
/// </summary>
public class ProviderResource : CustomResource
{
    public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
        : base($"pulumi:providers:{package}", name, args, options)
    {
        Package = package;
    }

    internal string Package { get; }
}
