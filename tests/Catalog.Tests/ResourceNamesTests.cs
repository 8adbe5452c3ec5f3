using CsCheck;
using IdentityFabric.Catalog.Loading;
using IdentityFabric.Catalog.Validation;

namespace IdentityFabric.Catalog.Tests;

/// <summary>Cloud names derived from catalog names: their shapes, their limits, and validation's agreement with both.</summary>
public sealed class ResourceNamesTests
{
    private const string Alphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Valid catalog names: a letter, then lower-case alphanumerics, with single inner hyphens.</summary>
    private static readonly Gen<string> CatalogName =
        Gen.Select(
            Gen.Char['a', 'z'],
            Gen.Char[Alphanumeric].Array[0, 30],
            Gen.Char[Alphanumeric].Array[1, 12].Array[0, 4],
            (first, head, segments) => first + new string(head) + string.Concat(segments.Select(s => "-" + new string(s))));

    [TestCase("dev", "orders", "dev-orders-envoy", "orders-dev", "orders-prod-tg", "identity-fabric/dev/orders")]
    [TestCase("prod", "a", "prod-a-envoy", "a-dev", "a-prod-tg", "identity-fabric/prod/a")]
    public void NamesFollowTheDocumentedPatterns(string env, string name, string role, string nodeInDev, string targetGroupInProd, string secret)
    {
        Assert.That(ResourceNames.ServiceRoleName(env, name), Is.EqualTo(role));
        Assert.That(ResourceNames.VirtualNodeName(name, "dev"), Is.EqualTo(nodeInDev));
        Assert.That(ResourceNames.LatticeTargetGroupName(name, "prod"), Is.EqualTo(targetGroupInProd));
        Assert.That(ResourceNames.SecretName(env, name), Is.EqualTo(secret));
    }

    [Test]
    public void TheRemainingNamesFollowTheirPatterns()
    {
        Assert.That(ResourceNames.FederatedRoleName("prod", "admin"), Is.EqualTo("prod-admin-federated"));
        Assert.That(ResourceNames.MeshName("dev"), Is.EqualTo("identity-fabric-dev"));
        Assert.That(ResourceNames.ServiceNetworkName("dev"), Is.EqualTo("identity-fabric-dev"));
        Assert.That(ResourceNames.VirtualRouterName("orders", "dev"), Is.EqualTo("orders-router-dev"));
        Assert.That(ResourceNames.VirtualServiceName("orders", "dev"), Is.EqualTo("orders.dev.mesh.local"));
        Assert.That(ResourceNames.VirtualGatewayName("dev"), Is.EqualTo("ingress-dev"));
        Assert.That(ResourceNames.GatewayRouteName("orders-read", "dev"), Is.EqualTo("orders-read-dev"));
        Assert.That(ResourceNames.LatticeServiceName("orders", "dev"), Is.EqualTo("orders-dev"));
        Assert.That(ResourceNames.LatticeRuleName("orders-read"), Is.EqualTo("orders-read"));
        Assert.That(ResourceNames.WorkerScriptName("prod"), Is.EqualTo("identity-fabric-prod"));
        Assert.That(ResourceNames.FederationWorkerScriptName("prod"), Is.EqualTo("identity-fabric-prod-federation"));
        Assert.That(ResourceNames.RoutePolicyKvKey("prod"), Is.EqualTo("route-policy/prod"));
        Assert.That(ResourceNames.JwksKvKey("okta"), Is.EqualTo("jwks/okta"));
    }

    [TestCase("dev-orders-envoy", true)]
    [TestCase("a+b=c,d.e@f_g-h", true)]
    [TestCase("", false)]
    [TestCase("has space", false)]
    [TestCase("trailing-newline\n", false)]
    [TestCase("slash/role", false)]
    [TestCase("ünïcode", false)]
    public void IamRoleNamesAllowOnlyIamCharacters(string name, bool valid) =>
        Assert.That(ResourceNames.IsValidIamRoleName(name), Is.EqualTo(valid));

    [Test]
    public void IamRoleNamesStopAt64Characters()
    {
        Assert.That(ResourceNames.IsValidIamRoleName(new string('a', 64)), Is.True);
        Assert.That(ResourceNames.IsValidIamRoleName(new string('a', 65)), Is.False);
    }

    [TestCase("orders-dev", 40, true)]
    [TestCase("ab", 40, false)]
    [TestCase("a--b", 40, false)]
    [TestCase("-ab", 40, false)]
    [TestCase("ab-", 40, false)]
    [TestCase("Orders", 40, false)]
    [TestCase("orders_dev", 40, false)]
    [TestCase("orders-dev\n", 40, false)]
    public void LatticeNamesAllowOnlyLowerCaseAndSingleInnerHyphens(string name, int max, bool valid) =>
        Assert.That(ResourceNames.IsValidLatticeName(name, max), Is.EqualTo(valid));

    [TestCase("orders-dev", true)]
    [TestCase("Orders_Dev-1", true)]
    [TestCase("-orders", false)]
    [TestCase("orders.dev", false)]
    [TestCase("orders dev", false)]
    public void AppMeshNamesAllowLettersDigitsHyphensAndUnderscores(string name, bool valid) =>
        Assert.That(ResourceNames.IsValidAppMeshName(name), Is.EqualTo(valid));

    [TestCase("identity-fabric/prod/orders-db", true)]
    [TestCase("a+b=c.d@e_f-g/h", true)]
    [TestCase("identity-fabric/prod/db password", false)]
    [TestCase("identity-fabric/prod/db#1", false)]
    [TestCase("identity-fabric/prod/db\n", false)]
    public void SecretNamesAllowOnlySecretsManagerCharacters(string name, bool valid) =>
        Assert.That(ResourceNames.IsValidSecretName(name), Is.EqualTo(valid));

    [Test]
    public void KvKeysAreMeasuredInUtf8Bytes()
    {
        var multiByte = new string('é', 256);

        Assert.That(ResourceNames.KvKeyBytes(multiByte), Is.EqualTo(512));
        Assert.That(ResourceNames.IsValidKvKey(multiByte), Is.True);
        Assert.That(ResourceNames.IsValidKvKey(multiByte + "x"), Is.False);
        Assert.That(ResourceNames.IsValidKvKey(".."), Is.False);
        Assert.That(ResourceNames.IsValidKvKey(""), Is.False);
    }

    [Test]
    public void ForAnyCatalogNamesAServiceRoleIsValidExactlyWhenItFits64Characters() =>
        Gen.Select(CatalogName, CatalogName).Sample((env, service) =>
        {
            var name = ResourceNames.ServiceRoleName(env, service);
            return ResourceNames.IsValidIamRoleName(name) == (name.Length <= ResourceNames.IamRoleNameMax);
        });

    [Test]
    public void ForAnyCatalogNamesALatticeServiceIsValidExactlyWhenItFits40Characters() =>
        Gen.Select(CatalogName, CatalogName).Sample((env, service) =>
        {
            var name = ResourceNames.LatticeServiceName(service, env);
            return ResourceNames.IsValidLatticeName(name, ResourceNames.LatticeServiceNameMax) == (name.Length <= ResourceNames.LatticeServiceNameMax);
        });

    [Test]
    public void ForAnyCatalogNamesSecretAndMeshNamesUseOnlyAllowedCharacters() =>
        Gen.Select(CatalogName, CatalogName).Sample((env, name) =>
            ResourceNames.IsValidSecretName(ResourceNames.SecretName(env, name)) &&
            ResourceNames.IsValidAppMeshName(ResourceNames.VirtualNodeName(name, env)) &&
            ResourceNames.IsValidAppMeshName(ResourceNames.GatewayRouteName(name, env)));

    [Test]
    public void WithinOneEnvironmentDifferentServicesNeverShareADerivedName() =>
        Gen.Select(CatalogName, CatalogName, CatalogName).Sample((env, a, b) =>
            a == b || (ResourceNames.ServiceRoleName(env, a) != ResourceNames.ServiceRoleName(env, b) &&
                       ResourceNames.VirtualNodeName(a, env) != ResourceNames.VirtualNodeName(b, env) &&
                       ResourceNames.SecretName(env, a) != ResourceNames.SecretName(env, b)));

    [Test]
    public void ValidationFlagsAServiceExactlyWhenItsDerivedIamRoleNameIsTooLong() =>
        Gen.Select(CatalogName, CatalogName).Sample((env, service) =>
        {
            var catalog = MinimalCatalog(env, service);
            var flagged = CatalogValidator.Validate(catalog).Any(p => p.IsError && p.Message.StartsWith("IAM role name", StringComparison.Ordinal));
            return flagged == (ResourceNames.ServiceRoleName(env, service).Length > ResourceNames.IamRoleNameMax);
        }, iter: 300);

    [Test]
    public void ValidCatalogNamesAreExactlyTheGeneratedShape()
    {
        CatalogName.Sample(CatalogValidator.IsValidName);
        Assert.That(CatalogValidator.IsValidName("a-"), Is.False);
        Assert.That(CatalogValidator.IsValidName("a--b"), Is.False);
        Assert.That(CatalogValidator.IsValidName("1a"), Is.False);
        Assert.That(CatalogValidator.IsValidName("a\n"), Is.False);
    }

    [Test]
    public void DurationsRoundTripThroughTheirWrittenForm() =>
        Gen.Long[0, 100_000_000_000].Sample(ms =>
        {
            var duration = TimeSpan.FromMilliseconds(ms);
            return Durations.TryParse(Durations.Format(duration), out var parsed) && parsed == duration;
        });

    [Test]
    public void ForAnyWrittenDurationParsingGivesTheSameValueBack() =>
        Gen.Select(Gen.Long[0, 999_999_999_999], Gen.OneOfConst("ms", "s", "m", "h", "d")).Sample((amount, unit) =>
        {
            if (!Durations.TryParse($"{amount}{unit}", out var first))
            {
                // Refusing an amount too large for a TimeSpan is fine; throwing would not be.
                return amount * 1000 > 100_000_000_000_000 / 86_400;
            }

            return Durations.TryParse(Durations.Format(first), out var second) && second == first;
        });

    private static IdentityCatalog MinimalCatalog(string env, string service)
    {
        var at = SourceLocation.InCode;
        return new IdentityCatalog
        {
            IdentityProviders = [],
            Roles = [],
            Services =
            [
                new Service
                {
                    Name = service, Protocol = ServiceProtocol.Grpc, Port = 9000, Calls = [], Secrets = [], Location = at,
                    HealthCheck = new HealthCheck { Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2), HealthyThreshold = 2, UnhealthyThreshold = 2, Location = at },
                },
            ],
            Edges = [],
            BrowserApps = [],
            MachineClients = [],
            Secrets = [],
            Environments =
            [
                new DeploymentEnvironment
                {
                    Name = env, AwsAccountId = "111111111111", AwsRegion = "eu-west-1", LogRetentionDays = 30,
                    IdentityPropagation = IdentityPropagation.Assertion, ProtectedResources = [], Location = at,
                    Cloudflare = new CloudflareSettings { AccountId = new string('a', 32), ZoneId = new string('b', 32), ZoneName = "example.com", Location = at },
                    Mesh = new MeshSettings { Backend = MeshBackend.AppMesh, LatticeServices = [], CertificateSource = CertificateSource.Sds, Location = at },
                },
            ],
        };
    }
}
