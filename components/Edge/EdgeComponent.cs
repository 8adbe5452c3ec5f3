using System.Collections.Immutable;
using System.Security.Cryptography;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Edge.Access;
using IdentityFabric.Components.Edge.RoutePolicy;
using IdentityFabric.Components.Edge.Worker;
using Pulumi;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;

namespace IdentityFabric.Components.Edge;

/// <summary>What the edge of one environment is made from.</summary>
public sealed class EdgeArgs : ResourceArgs
{
    /// <summary>The environment's view of the catalog.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>Absolute path of the bundled Worker module (<c>npm run build</c> in <c>workers-js</c>).</summary>
    public required string WorkerBundlePath { get; init; }

    /// <summary>Absolute path of the bundled federation Worker module (<c>npm run build</c> in <c>workers-js</c>).
    /// Read only where the edge federates, and required there.</summary>
    public string? FederationWorkerBundlePath { get; init; }

    /// <summary>The current signing key (secret).</summary>
    public required Input<string> SigningKeyCurrent { get; init; }

    /// <summary>The previous signing key (secret).</summary>
    public required Input<string> SigningKeyPrevious { get; init; }

    /// <summary>The current key's id.</summary>
    public required Input<string> SigningKeyCurrentId { get; init; }

    /// <summary>The previous key's id.</summary>
    public required Input<string> SigningKeyPreviousId { get; init; }

    /// <summary>The mesh ingress origin the Worker forwards to: <c>https://{ingress hostname}</c>, the hostname the
    /// ingress component routes into the tunnel (never one of the Worker's own hostnames).</summary>
    public required Input<string> OriginUrl { get; init; }

    /// <summary>The Cloudflare Access identity provider id of each catalog OIDC provider, by catalog name. Access
    /// groups match IdP groups through it; the provider itself is registered in Access once per account (it needs
    /// the IdP's client secret, which the catalog does not hold).</summary>
    public IReadOnlyDictionary<string, Input<string>> AccessIdentityProviderIds { get; init; } =
        new Dictionary<string, Input<string>>(StringComparer.Ordinal);

    /// <summary>IAM role ARN by catalog role (the federation component's <c>roleArns</c>); with
    /// <see cref="StsCacheKey"/>, switches on STS federation in environments whose identity propagation is
    /// <c>sts</c> or <c>both</c>: the federation Worker, and the edge's binding to it. Ignored elsewhere.</summary>
    public Input<ImmutableDictionary<string, string>>? FederationRoleArns { get; init; }

    /// <summary>The key (secret, base64url of 32 bytes) of the encrypted STS credential cache; bound to the federation
    /// Worker only, never to the edge Worker.</summary>
    public Input<string>? StsCacheKey { get; init; }

    /// <summary>The key (secret) of the keyed hash (HMAC-SHA256) the Worker logs instead of the caller's subject on
    /// routes to services that handle personal data; bound as <c>LOG_SUBJECT_KEY</c>. Null binds nothing, and the
    /// Worker then logs no subject at all on those routes.</summary>
    public Input<string>? LogSubjectKey { get; init; }

    /// <summary>The Logpush <c>destination_conf</c> the Worker's trace events (its structured log lines) are shipped
    /// to, e.g. <c>s3://bucket/edge/{DATE}?region=eu-west-1</c>; treated as a secret, as destinations can embed
    /// credentials. Null creates no Logpush job (Workers observability still keeps the logs).</summary>
    public string? LogpushDestination { get; init; }

    /// <summary>The date service token rotation periods are counted at (from config or an injected clock); null
    /// leaves every token at its first secret.</summary>
    public DateOnly? RotationDate { get; init; }
}

/// <summary>One machine client's Access service token as the edge created it.</summary>
/// <param name="Plan">Its rotation plan (secret version, previous secret's expiry).</param>
/// <param name="ClientId">The token's client id.</param>
/// <param name="ClientSecret">The token's current client secret (secret).</param>
public sealed record ServiceTokenCredentials(ServiceTokenPlan Plan, Output<string> ClientId, Output<string> ClientSecret);

/// <summary>
/// The Cloudflare half of the fabric for one environment: the Worker with its bindings, served on a custom domain
/// per edge hostname; one KV namespace holding the compiled route policy as one document; an Access group per
/// role; an Access application and allow policy per browser app; an Access service token per machine client; the
/// Worker's logs kept by Workers observability and, given a destination, shipped by a Logpush job. Where the
/// environment federates, a second Worker (contracts/worker-bindings.md, "STS federation bindings") holds the STS
/// credential cache key and signs for the edge, which reaches it only through a service binding.
/// </summary>
/// <remarks>
/// Hostnames are served through <c>WorkersCustomDomain</c> rather than <c>WorkersRoute</c>: the Worker is the
/// whole origin of each edge hostname (it forwards to the mesh ingress itself), and a custom domain makes Cloudflare
/// own the DNS record and certificate and leaves no origin behind the Worker that a request could reach by falling
/// through a route pattern or a Worker failure. The edge fails closed.
/// </remarks>
public sealed class EdgeComponent : ComponentResource
{
    /// <summary>The Workers compatibility date, pinned with <c>workers-js/wrangler.jsonc</c>.</summary>
    public const string CompatibilityDate = "2026-04-01";

    /// <summary>The Workers compatibility flags, pinned with <c>workers-js/wrangler.jsonc</c>: the Worker signs with
    /// <c>node:crypto</c>, which needs <c>nodejs_compat</c>.</summary>
    public static IReadOnlyList<string> CompatibilityFlags { get; } = ["nodejs_compat"];

    /// <summary>Creates the edge of one environment.</summary>
    /// <param name="name">The component name; children are named from it.</param>
    /// <param name="args">The view, the bundle and the keys.</param>
    /// <param name="options">Component options.</param>
    /// <exception cref="FileNotFoundException">The Worker bundle, or in a federating environment the federation Worker
    /// bundle, does not exist.</exception>
    /// <exception cref="RoutePolicyException">The routes cannot be compiled into a policy the Worker accepts.</exception>
    public EdgeComponent(string name, EdgeArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:edge:Edge", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var view = args.View;
        var env = view.Environment;
        var accountId = env.Cloudflare.AccountId;
        var scriptName = ResourceNames.WorkerScriptName(view.Name);
        var bundle = ReadBundle(args.WorkerBundlePath, "Worker");
        var federation = FederationOf(view, args);

        // Compile once before creating anything, so a policy the Worker would refuse fails the preview.
        var placeholderIds = view.MachineClients.ToDictionary(c => c.Name, c => c.Name + ".access", StringComparer.Ordinal);
        var kvKey = RoutePolicyCompiler.Compile(RoutePolicyCompiler.SourceFrom(view, placeholderIds)).KvKey;
        var groupPlans = AccessPlanner.Groups(view);
        var appPlans = AccessPlanner.Apps(view);
        var providerIds = ResolveProviderIds(groupPlans, appPlans, args.AccessIdentityProviderIds);

        var kv = new WorkersKvNamespace($"{name}-kv", new WorkersKvNamespaceArgs
        {
            AccountId = accountId,
            Title = scriptName,
        }, new CustomResourceOptions { Parent = this, Protect = env.Protects(ProtectedResourceKind.Kv) });

        var protectAccess = env.Protects(ProtectedResourceKind.Access);
        var tokens = AccessPlanner.ServiceTokens(view, args.RotationDate).Select(plan => (plan.Client, Plan: plan, Token: new ZeroTrustAccessServiceToken(
            $"{name}-token-{plan.Client}",
            new ZeroTrustAccessServiceTokenArgs
            {
                AccountId = accountId,
                Name = plan.DisplayName,
                Duration = plan.Duration,
                ClientSecretVersion = plan.SecretVersionInput is { } version ? (Input<double>)version : null,
                PreviousClientSecretExpiresAt = plan.PreviousSecretExpiresAt is { } expires ? (Input<string>)expires : null,
            },
            new CustomResourceOptions { Parent = this, Protect = protectAccess }))).ToList();

        var clientIds = Output.All(tokens.Select(t => t.Token.ClientId))
            .Apply(ids => (IReadOnlyDictionary<string, string>)tokens.Select(t => t.Client).Zip(ids)
                .ToDictionary(
                    p => p.First,
                    p => string.IsNullOrEmpty(p.Second) ? throw new RoutePolicyException($"the service token of '{p.First}' has no client id") : p.Second,
                    StringComparer.Ordinal));

        // The document holds route ids, patterns, role and group names and token client ids: nothing secret.
        // Marking it not secret keeps it readable in previews and in the state.
        var policy = Output.Unsecret(clientIds.Apply(ids => RoutePolicyCompiler.Compile(RoutePolicyCompiler.SourceFrom(view, ids)).Json));
        var policyWrite = new WorkersKv($"{name}-route-policy", new WorkersKvArgs
        {
            AccountId = accountId,
            NamespaceId = kv.Id,
            KeyName = kvKey,
            Value = policy,
        }, new CustomResourceOptions { Parent = this });

        var groups = groupPlans.ToDictionary(g => g.Role, g => new ZeroTrustAccessGroup($"{name}-group-{g.Role}", new ZeroTrustAccessGroupArgs
        {
            AccountId = accountId,
            Name = g.DisplayName,
            Includes = g.Rules.Select(r => new ZeroTrustAccessGroupIncludeArgs
            {
                Oidc = new ZeroTrustAccessGroupIncludeOidcArgs
                {
                    ClaimName = r.ClaimName,
                    ClaimValue = r.ClaimValue,
                    IdentityProviderId = providerIds[r.Provider],
                },
            }).ToList(),
        }, new CustomResourceOptions { Parent = this }), StringComparer.Ordinal);

        var apps = new Dictionary<string, ZeroTrustAccessApplication>(StringComparer.Ordinal);
        foreach (var plan in appPlans)
        {
            var allow = new ZeroTrustAccessPolicy($"{name}-policy-{plan.App}", new ZeroTrustAccessPolicyArgs
            {
                AccountId = accountId,
                Name = plan.DisplayName + "-allow",
                Decision = "allow",
                Includes = plan.Roles.Select(r => new ZeroTrustAccessPolicyIncludeArgs
                {
                    Group = new ZeroTrustAccessPolicyIncludeGroupArgs { Id = groups[r].Id },
                }).ToList(),
            }, new CustomResourceOptions { Parent = this });

            var allowedIdps = new InputList<string>();
            foreach (var provider in plan.Providers)
            {
                allowedIdps.Add(providerIds[provider]);
            }

            apps[plan.App] = new ZeroTrustAccessApplication($"{name}-app-{plan.App}", new ZeroTrustAccessApplicationArgs
            {
                AccountId = accountId,
                Name = plan.DisplayName,
                Domain = plan.Domain,
                Type = "self_hosted",
                SessionDuration = plan.SessionDuration,
                AllowedIdps = allowedIdps,
                Policies =
                {
                    new ZeroTrustAccessApplicationPolicyArgs { Id = allow.Id, Precedence = 1 },
                },
            }, new CustomResourceOptions { Parent = this, Protect = protectAccess });
        }

        var audiences = Output.All(apps.Values.Select(a => a.Aud));
        var authConfig = audiences.Apply(tags => AuthConfigDocument.Build(view.IdentityProviders, tags));

        // The federation Worker has no route and no custom domain: only the edge's service binding reaches it.
        WorkersScript? federationWorker = null;
        Input<string>? federationConfig = null;
        if (federation is not null)
        {
            (federationWorker, federationConfig) = FederationWorker(name, view, federation, args.OriginUrl, args.LogpushDestination is not null);
        }

        var worker = new WorkersScript($"{name}-worker", new WorkersScriptArgs
        {
            AccountId = accountId,
            ScriptName = scriptName,
            MainModule = Path.GetFileName(bundle.Path),
            ContentFile = bundle.Path,
            ContentSha256 = bundle.Sha256,
            CompatibilityDate = CompatibilityDate,
            CompatibilityFlags = CompatibilityFlags.ToList(),
            // The FEDERATION binding names the federation Worker by its script name output, so the edge is deployed
            // after the Worker it calls.
            Bindings = Bindings(view, kv.Id, kvKey, args, authConfig, federationConfig, federationWorker?.ScriptName),
            Observability = Observability(),
            Logpush = args.LogpushDestination is not null,
        }, new CustomResourceOptions { Parent = this, DependsOn = { policyWrite } });
        OffWorkersDev($"{name}-worker-subdomain", accountId, worker);

        if (args.LogpushDestination is { } destination)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(destination, nameof(args.LogpushDestination));
            _ = new LogpushJob($"{name}-logpush", new LogpushJobArgs
            {
                AccountId = accountId,
                Name = scriptName,
                Dataset = WorkerLogShipping.Dataset,
                DestinationConf = Output.CreateSecret(destination),
                Enabled = true,
                OutputOptions = new LogpushJobOutputOptionsArgs
                {
                    FieldNames = WorkerLogShipping.Fields.ToArray(),
                    OutputType = "ndjson",
                    TimestampFormat = "rfc3339",
                },
            }, new CustomResourceOptions { Parent = this, DependsOn = { worker } });
        }

        var hostnames = view.Edges.OrderBy(e => e.Edge.Name, StringComparer.Ordinal).ToList();
        foreach (var edge in hostnames)
        {
            _ = new WorkersCustomDomain($"{name}-domain-{edge.Edge.Name}", new WorkersCustomDomainArgs
            {
                AccountId = accountId,
                ZoneId = env.Cloudflare.ZoneId,
                Hostname = edge.Hostname,
                Service = worker.ScriptName,
                Environment = "production",
            }, new CustomResourceOptions { Parent = this });
        }

        ServiceTokens = tokens.ToDictionary(
            t => t.Client,
            t => new ServiceTokenCredentials(t.Plan, t.Token.ClientId, Output.CreateSecret(t.Token.ClientSecret)),
            StringComparer.Ordinal);
        WorkerName = worker.ScriptName;
        KvNamespaceId = kv.Id;
        Hostnames = Output.Create(hostnames.Select(e => e.Hostname).Order(StringComparer.Ordinal).ToImmutableArray());
        var appNames = apps.Keys.ToList();
        AccessApplicationIds = Output.All(appNames.Select(n => apps[n].Id))
            .Apply(ids => appNames.Zip(ids).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["workerName"] = WorkerName,
            ["kvNamespaceId"] = KvNamespaceId,
            ["hostnames"] = Hostnames,
            ["accessApplicationIds"] = AccessApplicationIds,
        });
    }

    /// <summary>Each machine client's service token, by client name, for delivery to where the client reads it.</summary>
    public IReadOnlyDictionary<string, ServiceTokenCredentials> ServiceTokens { get; }

    /// <summary>The Worker's script name.</summary>
    [Output("workerName")]
    public Output<string> WorkerName { get; private set; }

    /// <summary>The KV namespace holding the route policy and the JWKS cache.</summary>
    [Output("kvNamespaceId")]
    public Output<string> KvNamespaceId { get; private set; }

    /// <summary>The hostnames the Worker serves, ordered.</summary>
    [Output("hostnames")]
    public Output<ImmutableArray<string>> Hostnames { get; private set; }

    /// <summary>Access application ids by browser app name.</summary>
    [Output("accessApplicationIds")]
    public Output<ImmutableDictionary<string, string>> AccessApplicationIds { get; private set; }

    private sealed record Bundle(string Path, string Sha256);

    /// <summary>What switches federation on: the role ARNs, the cache key and the federation Worker's bundle.</summary>
    private sealed record FederationSetup(Input<ImmutableDictionary<string, string>> RoleArns, Input<string> CacheKey, Bundle Bundle);

    private static Bundle ReadBundle(string path, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!System.IO.Path.IsPathFullyQualified(path))
        {
            throw new ArgumentException($"the {what} bundle path must be absolute, not '{path}'", nameof(path));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the {what} bundle '{path}' does not exist; run `npm ci && npm run build` in workers-js", path);
        }

        return new Bundle(path, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
    }

    /// <summary>The federation of a federating environment; null where the environment does not federate, or (with a
    /// warning) where the edge was not given what federation needs.</summary>
    private static FederationSetup? FederationOf(EnvironmentView view, EdgeArgs args)
    {
        if (!FederationConfigDocument.Federates(view.Environment))
        {
            return null;
        }

        if (args.FederationRoleArns is not { } roleArns || args.StsCacheKey is not { } cacheKey)
        {
            // Without FEDERATION_CONFIG the Worker signs assertions only; Lattice's IAM auth then refuses its calls.
            Log.Warn($"environment '{view.Name}' federates ({view.Environment.IdentityPropagation}) but the edge was given no role ARNs " +
                "or STS cache key: the Worker will propagate identity by assertion only");
            return null;
        }

        var path = args.FederationWorkerBundlePath
            ?? throw new ArgumentException($"environment '{view.Name}' federates: the edge needs the federation Worker bundle", nameof(args));
        return new FederationSetup(roleArns, cacheKey, ReadBundle(path, "federation Worker"));
    }

    /// <summary>
    /// The federation Worker of an environment that federates, and the federation configuration document that it and the
    /// edge are both bound to.
    /// </summary>
    private (WorkersScript Worker, Input<string> Config) FederationWorker(
        string name, EnvironmentView view, FederationSetup federation, Input<string> originUrl, bool logpush)
    {
        var accountId = view.Environment.Cloudflare.AccountId;
        Input<string> config = federation.RoleArns.ToOutput().Apply(arns => FederationConfigDocument.Build(view.Environment, arns));

        // Its credential cache has a namespace of its own: the federation Worker cannot touch the route policy or
        // the JWKS cache, nor the edge its encrypted credentials. The entries expire with the credentials, so the
        // namespace is not protected: losing it costs one STS call per cached caller.
        var credentials = new WorkersKvNamespace($"{name}-federation-kv", new WorkersKvNamespaceArgs
        {
            AccountId = accountId,
            Title = ResourceNames.FederationWorkerScriptName(view.Name),
        }, new CustomResourceOptions { Parent = this });
        var worker = new WorkersScript($"{name}-federation-worker", new WorkersScriptArgs
        {
            AccountId = accountId,
            ScriptName = ResourceNames.FederationWorkerScriptName(view.Name),
            MainModule = Path.GetFileName(federation.Bundle.Path),
            ContentFile = federation.Bundle.Path,
            ContentSha256 = federation.Bundle.Sha256,
            CompatibilityDate = CompatibilityDate,
            CompatibilityFlags = CompatibilityFlags.ToList(),
            Bindings = ScriptBindings.Of(WorkerBindings.FederationWorker, new Dictionary<string, Input<string>>(StringComparer.Ordinal)
            {
                [WorkerBindings.CredentialsKv] = credentials.Id,
                [WorkerBindings.OriginUrl] = originUrl,
                [WorkerBindings.FederationConfig] = config,
                [WorkerBindings.StsCacheKey] = federation.CacheKey,
            }),
            Observability = Observability(),
            Logpush = logpush,
        }, new CustomResourceOptions { Parent = this });
        OffWorkersDev($"{name}-federation-worker-subdomain", accountId, worker);
        return (worker, config);
    }

    /// <summary>
    /// Takes a Worker off its workers.dev address, previews included. Cloudflare gives every Worker one when it is
    /// created, public and outside the zone's Access applications and firewall; the edge serves its custom domains
    /// only and the federation Worker its service binding only, so neither is meant to answer there.
    /// </summary>
    private void OffWorkersDev(string resourceName, string accountId, WorkersScript script) =>
        _ = new WorkersScriptSubdomain(resourceName, new WorkersScriptSubdomainArgs
        {
            AccountId = accountId,
            ScriptName = script.ScriptName,
            Enabled = false,
            PreviewsEnabled = false,
        }, new CustomResourceOptions { Parent = this });

    private static WorkersScriptObservabilityArgs Observability() => new()
    {
        Enabled = true,
        HeadSamplingRate = WorkerLogShipping.HeadSamplingRate,
    };

    private static Dictionary<string, Input<string>> ResolveProviderIds(
        IReadOnlyList<AccessGroupPlan> groups, IReadOnlyList<AccessAppPlan> apps, IReadOnlyDictionary<string, Input<string>> given)
    {
        var needed = groups.SelectMany(g => g.Rules.Select(r => r.Provider)).Concat(apps.SelectMany(a => a.Providers))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var missing = needed.Where(p => !given.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                "Access groups match IdP groups through the Access identity provider registered for each OIDC provider; " +
                $"no Access identity provider id is given for: {string.Join(", ", missing)}");
        }

        var groupless = groups.Where(g => g.Rules.Count == 0).Select(g => g.Role).ToList();
        if (groupless.Count > 0)
        {
            throw new ArgumentException($"roles without an OIDC provider cannot become Access groups: {string.Join(", ", groupless)}");
        }

        return needed.ToDictionary(p => p, p => given[p], StringComparer.Ordinal);
    }

    private static InputList<WorkersScriptBindingArgs> Bindings(
        EnvironmentView view, Output<string> kvId, string kvKey, EdgeArgs args, Output<string> authConfig,
        Input<string>? federationConfig, Output<string>? federationWorkerName)
    {
        var specs = WorkerBindings.All.ToList();
        var values = new Dictionary<string, Input<string>>(StringComparer.Ordinal)
        {
            [WorkerBindings.PolicyKv] = kvId,
            [WorkerBindings.PolicyKey] = kvKey,
            [WorkerBindings.Environment] = view.Name,
            [WorkerBindings.OriginUrl] = args.OriginUrl,
            [WorkerBindings.SigningKeyCurrent] = args.SigningKeyCurrent,
            [WorkerBindings.SigningKeyCurrentId] = args.SigningKeyCurrentId,
            [WorkerBindings.SigningKeyPrevious] = args.SigningKeyPrevious,
            [WorkerBindings.SigningKeyPreviousId] = args.SigningKeyPreviousId,
            [WorkerBindings.AuthConfig] = authConfig,
        };
        if (federationConfig is not null && federationWorkerName is not null)
        {
            specs.AddRange(WorkerBindings.EdgeFederation);
            values[WorkerBindings.FederationConfig] = federationConfig;
            values[WorkerBindings.Federation] = federationWorkerName;
        }

        if (args.LogSubjectKey is { } logSubjectKey)
        {
            specs.AddRange(WorkerBindings.AuditLog);
            values[WorkerBindings.LogSubjectKey] = logSubjectKey;
        }
        else if (WorkerLogShipping.HasPersonalDataRoutes(view))
        {
            Log.Warn($"environment '{view.Name}' routes to services that handle personal data but the edge was given no log " +
                "subject key: the Worker will log those requests without any subject");
        }

        return ScriptBindings.Of(specs, values);
    }
}
