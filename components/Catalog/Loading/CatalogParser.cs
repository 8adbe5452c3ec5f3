using System.Collections.Immutable;

namespace IdentityFabric.Catalog.Loading;

/// <summary>Maps one file's node tree onto catalog records, reporting structural problems as it goes.</summary>
internal sealed class CatalogParser(NodeReader reader)
{
    /// <summary>Default clock skew for token time checks.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>Default maximum token age.</summary>
    public static readonly TimeSpan DefaultMaxTokenAge = TimeSpan.FromHours(12);

    /// <summary>Default Access session duration.</summary>
    public static readonly TimeSpan DefaultSessionDuration = TimeSpan.FromHours(8);

    /// <summary>Default Access service token lifetime (Cloudflare's own default, one year).</summary>
    public static readonly TimeSpan DefaultTokenDuration = TimeSpan.FromHours(8760);

    /// <summary>Reads a whole document held as one tree (a root that is not a plain mapping).</summary>
    public void ReadDocument(YamlNode root, CatalogBuilder into)
    {
        if (reader.Mapping(root, "", CatalogKeys.TopLevel) is not { } top)
        {
            return;
        }

        foreach (var section in CatalogKeys.TopLevel)
        {
            foreach (var (node, path, _) in top.Items(section))
            {
                ReadItem(section, node, path, into);
            }
        }
    }

    /// <summary>Reads one item of a top-level section into the builder.</summary>
    public void ReadItem(string section, YamlNode node, string path, CatalogBuilder into)
    {
        switch (section)
        {
            case "identityProviders": Add(into.IdentityProviders, ReadIdentityProvider(node, path)); break;
            case "roles": Add(into.Roles, ReadRole(node, path)); break;
            case "services": Add(into.Services, ReadService(node, path)); break;
            case "edges": Add(into.Edges, ReadEdge(node, path)); break;
            case "browserApps": Add(into.BrowserApps, ReadBrowserApp(node, path)); break;
            case "machineClients": Add(into.MachineClients, ReadMachineClient(node, path)); break;
            case "secrets": Add(into.Secrets, ReadSecret(node, path)); break;
            case "environments": Add(into.Environments, ReadEnvironment(node, path)); break;
            default: throw new ArgumentOutOfRangeException(nameof(section), section, "not a catalog section");
        }
    }

    private static void Add<T>(List<T> into, T? item)
        where T : class
    {
        if (item is not null)
        {
            into.Add(item);
        }
    }

    private IdentityProvider? ReadIdentityProvider(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.IdentityProvider) is not { } m)
        {
            return null;
        }

        var kind = m.Enum("kind", CatalogKeys.ProviderKinds, required: true) ?? IdentityProviderKind.Oidc;
        var isAccess = kind == IdentityProviderKind.CloudflareAccess;
        var teamDomain = m.String("teamDomain", required: isAccess);
        var accessBase = teamDomain is null ? "" : $"https://{teamDomain}";
        var claims = ClaimNames.Default;
        if (m.Mapping("claims", CatalogKeys.Claims) is { } c)
        {
            claims = new ClaimNames
            {
                Subject = c.String("subject") ?? claims.Subject,
                Groups = c.String("groups") ?? claims.Groups,
                Email = c.String("email") ?? claims.Email,
            };
        }

        return new IdentityProvider
        {
            Name = m.String("name", required: true) ?? "",
            Kind = kind,
            Issuer = m.String("issuer", required: !isAccess) ?? accessBase,
            Audiences = m.Strings("audiences", required: !isAccess),
            JwksUrl = m.String("jwksUrl", required: !isAccess) ?? (isAccess ? accessBase + "/cdn-cgi/access/certs" : ""),
            AllowedAlgorithms = m.Has("algorithms") ? m.Strings("algorithms") : ["RS256"],
            ClockSkew = m.Duration("clockSkew") ?? DefaultClockSkew,
            MaxTokenAge = m.Duration("maxTokenAge") ?? DefaultMaxTokenAge,
            Claims = claims,
            TeamDomain = teamDomain,
            Location = m.Location,
        };
    }

    private Role? ReadRole(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Role) is not { } m)
        {
            return null;
        }

        return new Role
        {
            Name = m.String("name", required: true) ?? "",
            Description = m.String("description", required: true, form: TextForm.Prose) ?? "",
            IdpGroups = m.Strings("idpGroups", required: true),
            Provider = m.String("provider"),
            Location = m.Location,
        };
    }

    private Service? ReadService(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Service) is not { } m)
        {
            return null;
        }

        var location = m.Location;
        var health = m.Mapping("healthCheck", CatalogKeys.HealthCheck, required: true);
        RetryPolicy? retries = null;
        if (m.Mapping("retries", CatalogKeys.Retries) is { } r)
        {
            retries = new RetryPolicy
            {
                MaxRetries = r.Int("maxRetries", required: true) ?? 0,
                PerTryTimeout = r.Duration("perTryTimeout", required: true) ?? TimeSpan.Zero,
                Location = r.Location,
            };
        }

        return new Service
        {
            Name = m.String("name", required: true) ?? "",
            Protocol = m.Enum("protocol", CatalogKeys.Protocols, required: true) ?? ServiceProtocol.Http,
            Port = m.Int("port", required: true) ?? 0,
            HealthCheck = health is null
                ? new HealthCheck
                {
                    Path = "/", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2),
                    HealthyThreshold = 2, UnhealthyThreshold = 3,
                    Location = location with { Path = m.FieldPath("healthCheck") },
                }
                : new HealthCheck
                {
                    Path = health.String("path"),
                    Interval = health.Duration("interval") ?? TimeSpan.FromSeconds(10),
                    Timeout = health.Duration("timeout") ?? TimeSpan.FromSeconds(2),
                    HealthyThreshold = health.Int("healthyThreshold") ?? 2,
                    UnhealthyThreshold = health.Int("unhealthyThreshold") ?? 3,
                    Location = health.Location,
                },
            Calls = m.Strings("calls"),
            Secrets = m.Strings("secrets"),
            RequestTimeout = m.Duration("timeout"),
            Retries = retries,
            HandlesPersonalData = m.Bool("personalData") ?? false,
            Location = location,
        };
    }

    private EdgeEntryPoint? ReadEdge(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Edge) is not { } m)
        {
            return null;
        }

        var location = m.Location;
        var routes = new List<EdgeRoute>();
        foreach (var (routeNode, routePath, _) in m.Items("routes", required: true))
        {
            if (ReadRoute(routeNode, routePath) is { } route)
            {
                routes.Add(route);
            }
        }

        return new EdgeEntryPoint
        {
            Name = m.String("name", required: true) ?? "",
            Hostnames = m.StringMap("hostnames", required: true),
            Providers = m.Strings("providers", omitMeansAll: "every identity provider"),
            Routes = routes.ToImmutableArray(),
            Location = location,
        };
    }

    private EdgeRoute? ReadRoute(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Route) is not { } m)
        {
            return null;
        }

        var name = m.String("name", required: true) ?? "";
        return new EdgeRoute
        {
            Id = m.String("id") ?? name,
            Name = name,
            Path = m.String("path", required: true) ?? "",
            Match = m.Enum("match", CatalogKeys.Matches) ?? PathMatch.Exact,
            Methods = m.Strings("methods", omitMeansAll: "every method"),
            Service = m.String("service", required: true) ?? "",
            AllowedRoles = m.Strings("roles"),
            IsPublic = m.Bool("public") ?? false,
            Location = m.Location,
        };
    }

    private BrowserApp? ReadBrowserApp(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.BrowserApp) is not { } m)
        {
            return null;
        }

        return new BrowserApp
        {
            Name = m.String("name", required: true) ?? "",
            Hostnames = m.StringMap("hostnames", required: true),
            Path = m.String("path"),
            AllowedRoles = m.Strings("roles", required: true),
            SessionDuration = m.Duration("sessionDuration") ?? DefaultSessionDuration,
            Location = m.Location,
        };
    }

    private MachineClient? ReadMachineClient(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.MachineClient) is not { } m)
        {
            return null;
        }

        return new MachineClient
        {
            Name = m.String("name", required: true) ?? "",
            Routes = m.Strings("routes", required: true),
            TokenDuration = m.Duration("tokenDuration") ?? DefaultTokenDuration,
            RotationDays = m.Int("rotationDays", required: true) ?? 0,
            Location = m.Location,
        };
    }

    private CatalogSecret? ReadSecret(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Secret) is not { } m)
        {
            return null;
        }

        GeneratedSecretSpec? generated = null;
        if (m.Mapping("generated", CatalogKeys.Generated) is { } g)
        {
            generated = new GeneratedSecretSpec
            {
                Length = g.Int("length", required: true) ?? 0,
                ExcludePunctuation = g.Bool("excludePunctuation") ?? false,
                Location = g.Location,
            };
        }

        return new CatalogSecret
        {
            Name = m.String("name", required: true) ?? "",
            Description = m.String("description", form: TextForm.Prose),
            Owner = m.String("owner", required: true) ?? "",
            RotationDays = m.Int("rotationDays", required: true) ?? 0,
            RotationLambdaArn = m.String("rotationLambdaArn"),
            Generated = generated,
            Format = m.Enum("format", CatalogKeys.SecretFormats),
            Fields = m.StringMap("fields"),
            Location = m.Location,
        };
    }

    private DeploymentEnvironment? ReadEnvironment(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, CatalogKeys.Environment) is not { } m)
        {
            return null;
        }

        var location = m.Location;
        var cf = m.Mapping("cloudflare", CatalogKeys.Cloudflare, required: true);
        var mesh = m.Mapping("mesh", CatalogKeys.Mesh, required: true);
        var protect = new List<ProtectedResourceKind>();
        foreach (var (item, itemPath, _) in m.Items("protect"))
        {
            if (reader.AsEnum(item, itemPath, CatalogKeys.ProtectedKinds) is { } kind)
            {
                protect.Add(kind);
            }
        }

        return new DeploymentEnvironment
        {
            Name = m.String("name", required: true) ?? "",
            AwsAccountId = m.String("awsAccountId", required: true) ?? "",
            AwsRegion = m.String("awsRegion", required: true) ?? "",
            Cloudflare = new CloudflareSettings
            {
                AccountId = cf?.String("accountId", required: true) ?? "",
                ZoneId = cf?.String("zoneId", required: true) ?? "",
                ZoneName = cf?.String("zoneName", required: true) ?? "",
                IngressHostnameOverride = cf?.String("ingressHostname"),
                Location = cf?.Location ?? location with { Path = m.FieldPath("cloudflare") },
            },
            Mesh = new MeshSettings
            {
                Backend = mesh?.Enum("backend", CatalogKeys.Backends, required: true) ?? MeshBackend.AppMesh,
                LatticeServices = mesh?.Strings("latticeServices") ?? [],
                CertificateSource = mesh?.Enum("certificateSource", CatalogKeys.CertificateSources) ?? CertificateSource.Sds,
                Location = mesh?.Location ?? location with { Path = m.FieldPath("mesh") },
            },
            IdentityPropagation = m.Enum("identityPropagation", CatalogKeys.Propagations) ?? IdentityPropagation.Assertion,
            MaxRotationDays = m.Int("maxRotationDays"),
            LogRetentionDays = m.Int("logRetentionDays") ?? 30,
            ProtectedResources = protect.ToImmutableArray(),
            Location = location,
        };
    }
}

/// <summary>
/// Reads a document's top level as the YAML parser streams it: each entry is checked (a known, unrepeated key with a
/// value) and each item of a section list is read into records as soon as it is complete.
/// </summary>
internal sealed class DocumentReader(NodeReader reader, CatalogBuilder into) : ITopLevelSink
{
    private readonly CatalogParser _parser = new(reader);
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public void Document(YamlNode root) => _parser.ReadDocument(root, into);

    public void BeginMapping() => _seen.Clear();

    public void Entry(YamlNode key, YamlNode value)
    {
        if (Accept(key) is not { } section)
        {
            return;
        }

        if (value is ScalarNode { Kind: ScalarKind.Null })
        {
            reader.Mark(key, section);
            reader.Error(key, section, $"'{section}' has no value; give one, or remove the key");
            return;
        }

        foreach (var (node, path, _) in reader.Items(value, section))
        {
            _parser.ReadItem(section, node, path, into);
        }
    }

    public Action<YamlNode, int>? List(YamlNode key, int line, int column)
    {
        if (Accept(key) is not { } section)
        {
            return null;
        }

        reader.Mark(line, column, section);
        return (item, index) => _parser.ReadItem(section, item, FieldPath.Index(section, index), into);
    }

    /// <summary>The section a top-level key names, or null (after an error) when it is not one, or is repeated.</summary>
    private string? Accept(YamlNode keyNode)
    {
        if (keyNode is not ScalarNode key || key.Kind == ScalarKind.Null)
        {
            reader.Error(keyNode, "", $"keys must be plain names, got {keyNode.Describe()}", dropsValue: false);
            return null;
        }

        if (!CatalogKeys.TopLevel.Contains(key.Value, StringComparer.Ordinal))
        {
            reader.Error(key, "", NodeReader.UnknownKey(key.Value, CatalogKeys.TopLevel), dropsValue: false);
            return null;
        }

        if (!_seen.TryAdd(key.Value, key.Line))
        {
            reader.Error(key, key.Value, $"duplicate key '{key.Value}' (first at line {_seen[key.Value]})", dropsValue: false);
            return null;
        }

        return key.Value;
    }
}

/// <summary>Accumulates the records of every file before they become one immutable catalog.</summary>
internal sealed class CatalogBuilder
{
    public List<IdentityProvider> IdentityProviders { get; } = [];

    public List<Role> Roles { get; } = [];

    public List<Service> Services { get; } = [];

    public List<EdgeEntryPoint> Edges { get; } = [];

    public List<BrowserApp> BrowserApps { get; } = [];

    public List<MachineClient> MachineClients { get; } = [];

    public List<CatalogSecret> Secrets { get; } = [];

    public List<DeploymentEnvironment> Environments { get; } = [];

    /// <summary>Appends the records another builder read (one file's).</summary>
    public void Add(CatalogBuilder other)
    {
        IdentityProviders.AddRange(other.IdentityProviders);
        Roles.AddRange(other.Roles);
        Services.AddRange(other.Services);
        Edges.AddRange(other.Edges);
        BrowserApps.AddRange(other.BrowserApps);
        MachineClients.AddRange(other.MachineClients);
        Secrets.AddRange(other.Secrets);
        Environments.AddRange(other.Environments);
    }

    public IdentityCatalog Build(SourceMap sources) => new()
    {
        IdentityProviders = IdentityProviders.ToImmutableArray(),
        Roles = Roles.ToImmutableArray(),
        Services = Services.ToImmutableArray(),
        Edges = Edges.ToImmutableArray(),
        BrowserApps = BrowserApps.ToImmutableArray(),
        MachineClients = MachineClients.ToImmutableArray(),
        Secrets = Secrets.ToImmutableArray(),
        Environments = Environments.ToImmutableArray(),
        Sources = sources,
    };
}
