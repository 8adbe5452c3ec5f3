using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.AppMesh;
using IdentityFabric.Components.Edge;
using IdentityFabric.Components.Federation;
using IdentityFabric.Components.Identity;
using IdentityFabric.Components.Ingress;
using IdentityFabric.Components.Lattice;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Components.Topology;
using Pulumi;

namespace IdentityFabric.Stacks;

/// <summary>
/// One environment of the identity fabric: the catalog's view of it, fanned out into the secrets, the edge
/// (Cloudflare) and the mesh backend(s) (AWS) the environment names.
/// </summary>
public sealed class FabricStack : Stack
{
    private const string AppMeshName = "appmesh";
    private const string LatticeName = "lattice";

    /// <summary>Reads the stack config, validates the catalog, and wires the components.</summary>
    public FabricStack()
    {
        var settings = StackSettings.Read(new Config(), Deployment.Instance.StackName);
        var view = CatalogGate.Open(settings.CatalogPaths, settings.Environment);
        AwsAccountGuard.CheckConfiguredRegion(new Config("aws").Get("region"), view.Environment);
        var topology = MeshTopologyBuilder.Build(view);

        // Every component that creates AWS resources gets this provider, which its children inherit: nothing reaches
        // AWS through the default provider, so credentials of another account are refused instead of deployed into.
        var aws = AwsAccountGuard.Create(view.Environment);
        ComponentResourceOptions OnAws(params Resource[] dependsOn) => new() { Providers = { aws }, DependsOn = dependsOn };

        var federation = new FederationComponent("federation", new FederationArgs { View = view, OidcThumbprints = settings.OidcThumbprints }, OnAws());
        FederatedRoleArns = federation.RoleArns;

        var secrets = new SecretsComponent("secrets", new SecretsArgs
        {
            View = view,
            SigningKeyEpoch = settings.SigningKeyEpoch,
            RotationDate = settings.RotationDate,
        }, OnAws());

        // Every service's role, whatever its backend: the backends attach their grants to these and own none, so a
        // service switching backends keeps its role. Older stacks had the backends own them: those roles are adopted.
        var identities = new ServiceIdentities("identities", new ServiceIdentitiesArgs
        {
            View = view,
            Topology = topology,
            Workload = settings.Workload,
            SecretArns = secrets.SecretArnsByName,
            FormerOwners = [FormerIdentityOwner.AppMesh(AppMeshName), FormerIdentityOwner.Lattice(LatticeName)],
        }, OnAws());
        ServiceRoleArns = identities.RoleArns;

        // The edge's way in, whatever the backend: tunnel, DNS record, rules, token and the ingress role. The backends
        // attach their grants to that role; the proxy configuration, which needs their outputs, follows them.
        var ingress = new IngressComponent("ingress", new IngressArgs { View = view, Topology = topology, Workload = settings.Workload }, OnAws());

        // Lattice auth policies name the services', the federated and the ingress roles by ARN: those exist first. The
        // backends also wait for the identities, so a role reads its secrets before a backend's policy changes.
        Resource[] namedRoles = [federation, identities];
        string? gatewayUrl = null;

        if (topology.On(MeshBackend.AppMesh).Any())
        {
            var mesh = new AppMeshComponent(AppMeshName, new AppMeshArgs
            {
                View = view,
                Topology = topology,
                ServiceRoles = identities.Roles,
                Workload = settings.Workload,
            }, OnAws(identities));
            MeshArn = mesh.MeshArn;
            EnvoyEnvironment = mesh.EnvoyEnvironment;
            gatewayUrl = mesh.GatewayUrl;
        }
        else
        {
            MeshArn = Output.Create("");
            EnvoyEnvironment = Output.Create(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        }

        if (topology.On(MeshBackend.Lattice).Any())
        {
            var lattice = new LatticeComponent(LatticeName, new LatticeArgs
            {
                View = view,
                Topology = topology,
                ServiceRoles = identities.Roles,
                IngressRole = ingress.Role,
                VpcId = settings.VpcId,
            }, OnAws(namedRoles));
            ServiceNetworkArn = lattice.ServiceNetworkArn;
            LatticeServiceDomains = lattice.ServiceDomains;
        }
        else
        {
            ServiceNetworkArn = Output.Create("");
            LatticeServiceDomains = Output.Create(ImmutableDictionary<string, string>.Empty);
        }

        var proxyConfiguration = new IngressProxyConfiguration("ingress-proxy-config", new IngressProxyConfigurationArgs
        {
            Environment = view.Environment,
            Plan = ingress.Plan,
            AppMeshGatewayUrl = gatewayUrl,
            LatticeDomains = LatticeServiceDomains,
        }, new ComponentResourceOptions { Parent = ingress });

        var edge = new EdgeComponent("edge", new EdgeArgs
        {
            View = view,
            WorkerBundlePath = settings.WorkerBundlePath,
            FederationWorkerBundlePath = settings.FederationWorkerBundlePath,
            SigningKeyCurrent = secrets.SigningKeyCurrent,
            SigningKeyPrevious = secrets.SigningKeyPrevious,
            SigningKeyCurrentId = secrets.SigningKeyCurrentId,
            SigningKeyPreviousId = secrets.SigningKeyPreviousId,
            OriginUrl = ingress.OriginUrl,
            AccessIdentityProviderIds = settings.AccessIdentityProviderIds.ToDictionary(p => p.Key, p => (Input<string>)p.Value, StringComparer.Ordinal),
            FederationRoleArns = federation.RoleArns,
            StsCacheKey = secrets.StsCacheKey,
            LogSubjectKey = secrets.LogSubjectKey,
            LogpushDestination = settings.LogpushDestination,
            RotationDate = settings.RotationDate,
        });

        // Each machine client's token goes where its workload reads it, rewritten whenever the edge rotates the token.
        var machineClients = new MachineClientCredentials("machine-clients", new MachineClientCredentialsArgs
        {
            View = view,
            Tokens = edge.ServiceTokens.ToDictionary(
                t => t.Key,
                t => new MachineClientToken(t.Value.Plan.SecretVersion, t.Value.Plan.PreviousSecretExpiresAt, t.Value.ClientId, t.Value.ClientSecret),
                StringComparer.Ordinal),
            Workload = settings.Workload,
        }, OnAws());

        Environment = Output.Create(view.Name);
        IngressHostname = ingress.Hostname;
        IngressTunnelId = ingress.TunnelId;
        IngressCredentialArn = ingress.TokenSecretArn;
        IngressConfigPath = proxyConfiguration.ParameterPath;
        MachineClientCredentialArns = machineClients.SecretArns;
        WorkerName = edge.WorkerName;
        KvNamespaceId = edge.KvNamespaceId;
        Hostnames = edge.Hostnames;
        AccessApplicationIds = edge.AccessApplicationIds;
        SigningKeyCurrentId = secrets.SigningKeyCurrentId;
    }

    /// <summary>The catalog environment this stack deploys.</summary>
    [Output("environment")]
    public Output<string> Environment { get; private set; }

    /// <summary>The hostname the Worker forwards to, routed into the environment's Cloudflare Tunnel.</summary>
    [Output("ingressHostname")]
    public Output<string> IngressHostname { get; private set; }

    /// <summary>The ingress tunnel's id.</summary>
    [Output("ingressTunnelId")]
    public Output<string> IngressTunnelId { get; private set; }

    /// <summary>The secret holding the tunnel token (its ARN; the token is never an output).</summary>
    [Output("ingressCredentialArn")]
    public Output<string> IngressCredentialArn { get; private set; }

    /// <summary>The SSM path of the ingress proxy's configuration.</summary>
    [Output("ingressConfigPath")]
    public Output<string> IngressConfigPath { get; private set; }

    /// <summary>Each machine client's credential secret ARN, by client name.</summary>
    [Output("machineClientCredentialArns")]
    public Output<ImmutableDictionary<string, string>> MachineClientCredentialArns { get; private set; }

    /// <summary>The edge Worker's script name.</summary>
    [Output("workerName")]
    public Output<string> WorkerName { get; private set; }

    /// <summary>The Workers KV namespace holding the route policy and the JWKS cache.</summary>
    [Output("kvNamespaceId")]
    public Output<string> KvNamespaceId { get; private set; }

    /// <summary>The hostnames the edge serves.</summary>
    [Output("hostnames")]
    public Output<ImmutableArray<string>> Hostnames { get; private set; }

    /// <summary>Cloudflare Access application ids by browser app name.</summary>
    [Output("accessApplicationIds")]
    public Output<ImmutableDictionary<string, string>> AccessApplicationIds { get; private set; }

    /// <summary>The id of the edge signing key in use (never the key).</summary>
    [Output("signingKeyCurrentId")]
    public Output<string> SigningKeyCurrentId { get; private set; }

    /// <summary>The App Mesh mesh ARN (empty when no service runs on App Mesh).</summary>
    [Output("meshArn")]
    public Output<string> MeshArn { get; private set; }

    /// <summary>The VPC Lattice service network ARN (empty when no service runs on Lattice).</summary>
    [Output("serviceNetworkArn")]
    public Output<string> ServiceNetworkArn { get; private set; }

    /// <summary>The Lattice DNS name of each service on Lattice.</summary>
    [Output("latticeServiceDomains")]
    public Output<ImmutableDictionary<string, string>> LatticeServiceDomains { get; private set; }

    /// <summary>Each catalog service's IAM role ARN (its task role or service account role), whatever its backend.</summary>
    [Output("serviceRoleArns")]
    public Output<ImmutableDictionary<string, string>> ServiceRoleArns { get; private set; }

    /// <summary>The IAM roles that catalog roles federate into (empty unless the environment uses STS federation).</summary>
    [Output("federatedRoleArns")]
    public Output<ImmutableDictionary<string, string>> FederatedRoleArns { get; private set; }

    /// <summary>The Envoy environment each App Mesh service's sidecar needs (X-Ray tracing and its node).</summary>
    [Output("envoyEnvironment")]
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, string>>> EnvoyEnvironment { get; private set; }
}
