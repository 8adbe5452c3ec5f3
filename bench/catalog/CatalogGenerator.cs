namespace IdentityFabric.Catalog.Bench;

/// <summary>Builds a large, valid catalog: a call graph, one secret per service, routes spread over entry points.</summary>
internal static class CatalogGenerator
{
    private static readonly string[] Environments = ["dev", "staging", "prod"];
    private static readonly string[][] MethodSets = [["GET", "HEAD"], ["POST"], ["PUT", "PATCH"], ["DELETE"], ["OPTIONS"]];

    public static IdentityCatalog Generate(int services, int routes, int routesPerEdge = 100, int roles = 20)
    {
        var at = SourceLocation.InCode;
        var serviceNames = Enumerable.Range(0, services).Select(i => $"svc{i:D4}").ToList();
        var roleNames = Enumerable.Range(0, roles).Select(i => $"role{i:D2}").ToList();

        var edges = new List<EdgeEntryPoint>();
        for (var e = 0; e * routesPerEdge < routes; e++)
        {
            var edgeRoutes = new List<EdgeRoute>();
            for (var r = e * routesPerEdge; r < Math.Min(routes, (e + 1) * routesPerEdge); r++)
            {
                // Five routes share each path, told apart by disjoint methods; every fifth route group is public.
                var isPublic = r / 5 % 5 == 0;
                edgeRoutes.Add(new EdgeRoute
                {
                    Id = $"route{r:D5}",
                    Name = $"route{r:D5}",
                    Path = $"/api/{serviceNames[r / 5 % services]}/{r / 5}/",
                    Match = PathMatch.Prefix,
                    Methods = MethodSets[r % 5],
                    Service = serviceNames[r / 5 % services],
                    AllowedRoles = isPublic ? [] : [roleNames[r % roles], roleNames[(r + 7) % roles]],
                    IsPublic = isPublic,
                    Location = at,
                });
            }

            edges.Add(new EdgeEntryPoint
            {
                Name = $"edge{e:D3}",
                Hostnames = Environments.ToDictionary(env => env, env => $"edge{e:D3}.{env}.example.com"),
                Providers = [],
                Routes = edgeRoutes,
                Location = at,
            });
        }

        return new IdentityCatalog
        {
            IdentityProviders =
            [
                new IdentityProvider
                {
                    Name = "okta", Kind = IdentityProviderKind.Oidc, Issuer = "https://login.example.com",
                    Audiences = ["api"], JwksUrl = "https://login.example.com/keys", AllowedAlgorithms = ["RS256"],
                    ClockSkew = TimeSpan.FromSeconds(60), MaxTokenAge = TimeSpan.FromHours(12), Claims = ClaimNames.Default,
                    Location = at,
                },
            ],
            Roles = roleNames.Select(r => new Role { Name = r, Description = $"Role {r}.", IdpGroups = [$"group-{r}"], Location = at }).ToList(),
            Services = serviceNames.Select((name, i) => new Service
            {
                Name = name,
                Protocol = (ServiceProtocol)(i % 3),
                Port = 8000 + (i % 1000),
                HealthCheck = new HealthCheck
                {
                    Path = i % 3 == 2 ? null : "/healthz",
                    Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2),
                    HealthyThreshold = 2, UnhealthyThreshold = 3, Location = at,
                },
                // Even services (on Lattice in prod) call even ones only, as a service on Lattice may not call one still
                // on App Mesh; odd services also call their even neighbour, across the backends the other way.
                Calls = new[] { i + 2, i + 4, i % 2 == 1 ? i + 1 : i + 6 }.Select(k => serviceNames[k % services]).Where(c => c != name).Distinct().ToList(),
                Secrets = [$"{name}-db"],
                RequestTimeout = TimeSpan.FromSeconds(15),
                Location = at,
            }).ToList(),
            Edges = edges,
            BrowserApps = [],
            MachineClients =
            [
                new MachineClient
                {
                    Name = "sync", Routes = [edges[0].Routes.First(r => !r.IsPublic).Id],
                    TokenDuration = TimeSpan.FromDays(365), RotationDays = 90, Location = at,
                },
            ],
            Secrets = serviceNames.Select(name => new CatalogSecret
            {
                Name = $"{name}-db", Owner = name, RotationDays = 60,
                Generated = new GeneratedSecretSpec { Length = 32, Location = at }, Location = at,
            }).ToList(),
            Environments = Environments.Select((env, i) => new DeploymentEnvironment
            {
                Name = env,
                AwsAccountId = new string((char)('1' + i), 12),
                AwsRegion = "eu-west-1",
                Cloudflare = new CloudflareSettings
                {
                    AccountId = new string('a', 32), ZoneId = new string((char)('b' + i), 32),
                    ZoneName = $"{env}.example.com", Location = at,
                },
                Mesh = new MeshSettings
                {
                    Backend = env == "prod" ? MeshBackend.Both : env == "staging" ? MeshBackend.Lattice : MeshBackend.AppMesh,
                    LatticeServices = env == "prod" ? serviceNames.Where((_, k) => k % 2 == 0).ToList() : [],
                    CertificateSource = CertificateSource.Sds,
                    Location = at,
                },
                // As in the example catalog: dev asserts identity only; staging and prod also federate with STS, so their
                // plans hold the federation Worker and one federated IAM role per catalog role.
                IdentityPropagation = env == "dev" ? IdentityPropagation.Assertion : IdentityPropagation.Both,
                MaxRotationDays = env == "prod" ? 30 : null,
                LogRetentionDays = 30,
                ProtectedResources = [],
                Location = at,
            }).ToList(),
        };
    }
}
