using System.Collections.Immutable;
using IdentityFabric.Catalog;
using Pulumi;
using Pulumi.Aws.Ssm;

namespace IdentityFabric.Components.Ingress;

/// <summary>Inputs of <see cref="IngressProxyConfiguration"/>.</summary>
public sealed class IngressProxyConfigurationArgs : ResourceArgs
{
    /// <summary>The environment.</summary>
    public required DeploymentEnvironment Environment { get; init; }

    /// <summary>The ingress plan (<see cref="IngressComponent.Plan"/>).</summary>
    public required IngressPlan Plan { get; init; }

    /// <summary>The App Mesh virtual gateway's URL; required when a route reaches App Mesh.</summary>
    public string? AppMeshGatewayUrl { get; init; }

    /// <summary>Each Lattice service's DNS name, by catalog service name; required for the services Lattice routes reach.</summary>
    public Input<ImmutableDictionary<string, string>>? LatticeDomains { get; init; }
}

/// <summary>
/// The ingress proxy's configuration, generated from the catalog (<see cref="IngressProxyConfig"/>) and stored as
/// plain SSM String parameters under the plan's path, where the ingress task reads it with its role. Nothing in it is
/// secret, so it shows in previews and diffs.
/// </summary>
public sealed class IngressProxyConfiguration : ComponentResource
{
    /// <summary>Stores the configuration.</summary>
    /// <param name="name">The component's logical name.</param>
    /// <param name="args">The plan and the backends' upstreams.</param>
    /// <param name="options">Resource options (the stack makes the ingress component the parent).</param>
    public IngressProxyConfiguration(string name, IngressProxyConfigurationArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:edge:IngressProxyConfiguration", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var env = args.Environment;
        var plan = args.Plan;
        var tags = FabricTags.For(env.Name, "ingress");
        var domains = args.LatticeDomains?.ToOutput() ?? Output.Create(ImmutableDictionary<string, string>.Empty);
        var parts = IngressProxyConfig.Parts(plan, env.AwsRegion, args.AppMeshGatewayUrl);
        var names = new List<string>();
        foreach (var part in parts)
        {
            _ = new Parameter($"{name}-part-{part.Number}", new ParameterArgs
            {
                Name = part.ParameterName,
                Description = $"identity-fabric {env.Name}: ingress proxy routes, part {part.Number} of {part.Count}",
                Type = "String",
                Tier = part.Tier,
                InsecureValue = domains.Apply(d => IngressProxyConfig.Document(plan, part.Number, part.Count, part.Routes,
                    new ProxyUpstreams(env.AwsRegion, args.AppMeshGatewayUrl, d))),
                Tags = tags,
            }, new CustomResourceOptions { Parent = this });
            names.Add(part.ParameterName);
        }

        ParameterPath = Output.Create(plan.ConfigParameterPath);
        ParameterNames = Output.Create(names.ToImmutableArray());
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["parameterPath"] = ParameterPath,
            ["parameterNames"] = ParameterNames,
        });
    }

    /// <summary>The SSM path under which the parts are stored.</summary>
    [Output("parameterPath")]
    public Output<string> ParameterPath { get; private set; } = null!;

    /// <summary>The parts' parameter names, in part order.</summary>
    [Output("parameterNames")]
    public Output<ImmutableArray<string>> ParameterNames { get; private set; } = null!;
}
