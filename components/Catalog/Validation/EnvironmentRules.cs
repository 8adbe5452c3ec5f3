using System.Text.RegularExpressions;

namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    /// <summary>The retention periods CloudWatch Logs accepts, in days.</summary>
    public static readonly IReadOnlySet<int> LogRetentionDays = new HashSet<int>
    {
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    };

    private static void CheckEnvironments(ValidationContext c)
    {
        foreach (var env in c.Catalog.Environments)
        {
            var at = env.Location;
            CheckName(c, at, env.Name, "environment");
            if (!AccountIdPattern().IsMatch(env.AwsAccountId))
            {
                c.Error(c.At(at, "awsAccountId"), $"AWS account id '{env.AwsAccountId}' must be 12 ASCII digits (0-9)");
            }

            if (!AwsRegions.Names.Contains(env.AwsRegion))
            {
                c.Error(c.At(at, "awsRegion"), RegionPattern().IsMatch(env.AwsRegion)
                    ? $"'{env.AwsRegion}' is not an AWS region this version knows (the list is in {nameof(AwsRegions)}, from {AwsRegions.Source})"
                    : $"'{env.AwsRegion}' is not an AWS region name (e.g. eu-west-1)");
            }

            var cf = env.Cloudflare;
            if (!CloudflareIdPattern().IsMatch(cf.AccountId))
            {
                c.Error(c.At(cf.Location, "accountId"), $"Cloudflare account id '{cf.AccountId}' must be 32 lower-case hex digits");
            }

            if (!CloudflareIdPattern().IsMatch(cf.ZoneId))
            {
                c.Error(c.At(cf.Location, "zoneId"), $"Cloudflare zone id '{cf.ZoneId}' must be 32 lower-case hex digits");
            }

            if (!Hostnames.IsValid(cf.ZoneName))
            {
                c.Error(c.At(cf.Location, "zoneName"), $"zone name '{cf.ZoneName}' is not a valid lower-case domain");
            }

            CheckIngressHostname(c, env);
            CheckMesh(c, env);
            if (env.IdentityPropagation != IdentityPropagation.Assertion && env.Mesh.Backend == MeshBackend.AppMesh)
            {
                c.Error(c.At(at, "identityPropagation"), "STS federation signs requests for VPC Lattice; it needs mesh backend 'lattice' or 'both'");
            }
            else if (env.IdentityPropagation == IdentityPropagation.Sts && env.Mesh.Backend == MeshBackend.Both)
            {
                // With STS alone the edge sends SigV4 and no assertion, and App Mesh's gateway routes match only the
                // assertion's headers: every restricted route to an App Mesh service would be unreachable.
                var onAppMesh = c.Catalog.AllRoutes.Where(r => !r.IsPublic && env.Mesh.BackendFor(r.Service) == MeshBackend.AppMesh)
                    .Select(r => r.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (onAppMesh.Count > 0)
                {
                    c.Error(c.At(at, "identityPropagation"), $"STS alone sends no identity assertion, and App Mesh checks only the assertion: restricted edge routes reach App Mesh services ({string.Join(", ", onAppMesh)}); use 'both', or move them to latticeServices");
                }
            }

            if (env.MaxRotationDays is { } max)
            {
                CheckRotationDays(c, at, "maxRotationDays", max, "maximum rotation period");
            }

            if (!LogRetentionDays.Contains(env.LogRetentionDays))
            {
                c.Error(c.At(at, "logRetentionDays"),
                    $"CloudWatch does not accept a retention of {env.LogRetentionDays} days (allowed: {string.Join(", ", LogRetentionDays)})");
            }

            var kinds = new HashSet<ProtectedResourceKind>();
            for (var i = 0; i < env.ProtectedResources.Count; i++)
            {
                if (!kinds.Add(env.ProtectedResources[i]))
                {
                    c.Warning(c.At(at, "protect", i), "listed twice");
                }
            }
        }

        CheckEnvironmentNameCollisions(c);
    }

    private static void CheckEnvironmentNameCollisions(ValidationContext c)
    {
        // Derived names are "{env}-{name}-..."; in one account, environments "dev" and "dev-eu" would let service
        // "eu-x" in dev and service "x" in dev-eu derive the same IAM role name.
        foreach (var env in c.Catalog.Environments)
        {
            var shadowed = c.Catalog.Environments.FirstOrDefault(other =>
                other.Name.Length > 0 && !ReferenceEquals(other, env) &&
                env.Name.StartsWith(other.Name + "-", StringComparison.Ordinal) &&
                string.Equals(other.AwsAccountId, env.AwsAccountId, StringComparison.Ordinal));
            if (shadowed is not null)
            {
                c.Error(c.At(env.Location, "name"),
                    $"environment '{env.Name}' shares AWS account {env.AwsAccountId} with '{shadowed.Name}' and starts with '{shadowed.Name}-', so names derived in the two could collide");
            }
        }
    }

    private static void CheckIngressHostname(ValidationContext c, DeploymentEnvironment env)
    {
        var cf = env.Cloudflare;
        var host = cf.IngressHostname;
        // Reported at ingressHostname when the catalog spells it, else at zoneName (the default derives from it).
        SourceLocation Here() => c.At(cf.Location, cf.IngressHostnameOverride is null ? "zoneName" : "ingressHostname");
        if (cf.IngressHostnameOverride is not null && !Hostnames.IsValid(host))
        {
            c.Error(Here(), $"ingress hostname '{host}' is not a valid lower-case hostname");
            return;
        }

        if (cf.ZoneName.Length > 0 && Hostnames.IsValid(cf.ZoneName) && !Hostnames.IsInZone(host, cf.ZoneName))
        {
            c.Error(Here(), $"ingress hostname '{host}' is outside zone '{cf.ZoneName}' of environment '{env.Name}'");
        }

        // The Worker's custom domains and Access applications own their hostnames; the ingress hostname is a DNS record
        // to the tunnel. One name cannot be both, and the Worker would forward to itself.
        var served = c.Catalog.Edges.Select(e => (What: $"edge entry point '{e.Name}'", Hosts: e.Hostnames))
            .Concat(c.Catalog.BrowserApps.Select(a => (What: $"browser app '{a.Name}'", Hosts: a.Hostnames)));
        foreach (var (what, hosts) in served)
        {
            if (hosts.TryGetValue(env.Name, out var other) && string.Equals(other, host, StringComparison.OrdinalIgnoreCase))
            {
                c.Error(Here(), $"ingress hostname '{host}' of environment '{env.Name}' is also the hostname of {what}; the edge would forward to itself. Set 'ingressHostname' to another name in the zone");
            }
        }
    }

    private static void CheckMesh(ValidationContext c, DeploymentEnvironment env)
    {
        var mesh = env.Mesh;
        CheckCrossBackendCalls(c, env);
        if (mesh.Backend != MeshBackend.Both && mesh.LatticeServices.Count > 0)
        {
            c.Error(c.At(mesh.Location, "latticeServices"), "latticeServices switches services one by one and only applies with backend 'both'");
            return;
        }

        var seen = new HashSet<string>(mesh.LatticeServices.Count, StringComparer.Ordinal);
        for (var i = 0; i < mesh.LatticeServices.Count; i++)
        {
            var name = mesh.LatticeServices[i];
            if (!c.Services.ContainsKey(name))
            {
                c.Error(c.At(mesh.Location, "latticeServices", i), $"unknown service '{name}'");
            }
            else if (!seen.Add(name))
            {
                c.Warning(c.At(mesh.Location, "latticeServices", i), $"service '{name}' is listed twice");
            }
        }
    }

    /// <summary>
    /// While an environment migrates service by service, a service on VPC Lattice cannot reach one still on App Mesh:
    /// that mesh admits only mTLS peers with its own certificates and, at its gateway, only edge-signed requests.
    /// So callees switch first; a catalog that switches a caller before its callee is refused here, at the caller.
    /// </summary>
    private static void CheckCrossBackendCalls(ValidationContext c, DeploymentEnvironment env)
    {
        if (env.Mesh.Backend != MeshBackend.Both || env.Name.Length == 0)
        {
            return;
        }

        var checkedCallers = new HashSet<string>(env.Mesh.LatticeServices.Count, StringComparer.Ordinal);
        for (var i = 0; i < env.Mesh.LatticeServices.Count; i++)
        {
            if (!c.Services.TryGetValue(env.Mesh.LatticeServices[i], out var caller) || !checkedCallers.Add(caller.Name))
            {
                continue;
            }

            List<string>? stranded = null;
            for (var k = 0; k < caller.Calls.Count; k++)
            {
                var callee = caller.Calls[k];
                if (env.Mesh.BackendFor(callee) != MeshBackend.Lattice && callee != caller.Name && c.Services.ContainsKey(callee) &&
                    !(stranded ??= []).Contains(callee, StringComparer.Ordinal))
                {
                    stranded.Add(callee);
                }
            }

            if (stranded is not null)
            {
                c.Error(c.At(env.Mesh.Location, "latticeServices", i),
                    $"service '{caller.Name}' runs on VPC Lattice in environment '{env.Name}' but calls {Quoted(stranded)}, still on App Mesh, " +
                    $"which a Lattice service cannot reach; switch {(stranded.Count == 1 ? "that service" : "those services")} first (add to latticeServices) or keep '{caller.Name}' on App Mesh");
            }
        }
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    [GeneratedRegex(@"^[0-9]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex(@"^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CloudflareIdPattern();
}
