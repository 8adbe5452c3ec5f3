using System.Buffers;
using System.Text;
using System.Text.Json;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Ingress;

/// <summary>Where the proxy's upstreams are, as far as the catalog cannot say.</summary>
/// <param name="Region">The environment's AWS region (Lattice's SigV4 signing region).</param>
/// <param name="AppMeshGatewayUrl">The App Mesh virtual gateway's URL; null when no route reaches App Mesh.</param>
/// <param name="LatticeDomains">Each Lattice service's DNS name, by catalog service name.</param>
public sealed record ProxyUpstreams(string Region, string? AppMeshGatewayUrl, IReadOnlyDictionary<string, string> LatticeDomains);

/// <summary>One stored part of the proxy configuration.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Count">How many parts there are.</param>
/// <param name="ParameterName">The SSM parameter that holds it.</param>
/// <param name="Tier">The SSM tier its largest possible document needs.</param>
/// <param name="Routes">Its routes, in order.</param>
public sealed record ProxyConfigPart(int Number, int Count, string ParameterName, string Tier, IReadOnlyList<ProxyRoute> Routes);

/// <summary>
/// The ingress proxy's configuration, generated from the catalog: one JSON document per part, each small enough for a
/// standard SSM parameter (<see cref="StandardLimit"/> characters), so the configuration stays storable at any catalog
/// size. The proxy reads every parameter under the plan's path and concatenates the parts' routes in part order, which
/// keeps the most-specific-first order across parts.
/// </summary>
/// <remarks>
/// Each route states its match (hostname as <c>x-forwarded-host</c>, path, methods), the header conditions a request
/// must meet (the same rules as the App Mesh gateway routes, <see cref="IngressHeaderRules"/>), and its upstream: the
/// App Mesh virtual gateway, or the Lattice service's DNS name with the SigV4 signing name, region and signer. A
/// request that no route admits is refused (404), and nothing but an edge route is ever routed.
/// </remarks>
public static class IngressProxyConfig
{
    /// <summary>The document format's version.</summary>
    public const int Version = 1;

    /// <summary>The largest value of a standard SSM parameter.</summary>
    public const int StandardLimit = 4096;

    /// <summary>The largest value of an advanced SSM parameter (used only for a part holding one very large route).</summary>
    public const int AdvancedLimit = 8192;

    /// <summary>The SigV4 signing name of Lattice services.</summary>
    public const string LatticeSigningName = "vpc-lattice-svcs";

    // A DNS name is at most 253 characters: parts are sized with the longest, so the real names always fit.
    private static readonly string LongestDomain = new('x', 253);

    /// <summary>The routes of each part, in order, sized so that each part's document fits
    /// <see cref="StandardLimit"/> whatever the Lattice DNS names turn out to be (or <see cref="AdvancedLimit"/> for a
    /// part of one route that alone exceeds it). An environment without routes has one empty part.</summary>
    /// <param name="plan">The ingress plan.</param>
    /// <param name="region">The environment's region.</param>
    /// <param name="appMeshGatewayUrl">The App Mesh gateway's URL, when a route reaches App Mesh.</param>
    /// <exception cref="ArgumentException">One route alone exceeds <see cref="AdvancedLimit"/>.</exception>
    public static IReadOnlyList<ProxyConfigPart> Parts(IngressPlan plan, string region, string? appMeshGatewayUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sizing = new ProxyUpstreams(region, appMeshGatewayUrl ?? LongestDomain,
            plan.Routes.Where(r => r.Backend == ProxyBackend.Lattice).Select(r => r.Service).Distinct(StringComparer.Ordinal)
                .ToDictionary(s => s, _ => LongestDomain, StringComparer.Ordinal));

        // Parts are numbered; sizing assumes the largest numbers, so renumbering never pushes a part over.
        var digits = Math.Max(1, plan.Routes.Count).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var widest = (int)Math.Pow(10, digits) - 1;
        // The writer is compact and escapes everything outside ASCII, so a document's length is the empty document's
        // plus each route's own length plus one comma between routes: each route is measured once.
        var measure = new ArrayBufferWriter<byte>();
        var empty = Length(measure, plan, widest, widest, [], sizing);
        var parts = new List<IReadOnlyList<ProxyRoute>>();
        var lengths = new List<int>(); // each closed part's sized length, which picks its tier
        var current = new List<ProxyRoute>();
        var length = empty;
        foreach (var route in plan.Routes)
        {
            var own = Length(measure, plan, widest, widest, [route], sizing) - empty;
            current.Add(route);
            length += own + (current.Count > 1 ? 1 : 0);
            if (current.Count > 1 && length > StandardLimit)
            {
                current.RemoveAt(current.Count - 1);
                parts.Add(current);
                lengths.Add(length - own - 1);
                current = [route];
                length = empty + own;
            }

            if (current.Count == 1 && length > AdvancedLimit)
            {
                throw new ArgumentException($"edge route '{route.RouteId}' needs more than {AdvancedLimit} characters of ingress configuration", nameof(plan));
            }
        }

        parts.Add(current);
        lengths.Add(length);
        return parts
            .Select((routes, i) => new ProxyConfigPart(
                i + 1,
                parts.Count,
                ParameterName(plan, i + 1, parts.Count),
                TierOf(lengths[i]),
                routes))
            .ToList();
    }

    /// <summary>The SSM tier a part's document needs: <c>Standard</c> up to <see cref="StandardLimit"/>, else
    /// <c>Advanced</c>.</summary>
    /// <param name="document">The part's document.</param>
    public static string Tier(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TierOf(document.Length);
    }

    private static string TierOf(int length) => length <= StandardLimit ? "Standard" : "Advanced";

    /// <summary>The SSM parameter name of a part: <c>{path}/part-{n}</c>, numbered from 1 with a fixed width, so the
    /// names sort in part order.</summary>
    /// <param name="plan">The ingress plan.</param>
    /// <param name="part">The part's number, from 1.</param>
    /// <param name="parts">How many parts there are.</param>
    public static string ParameterName(IngressPlan plan, int part, int parts)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var width = parts.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        return $"{plan.ConfigParameterPath}/part-{part.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}";
    }

    /// <summary>The document of one part (compact JSON, fixed member order).</summary>
    /// <param name="plan">The ingress plan.</param>
    /// <param name="part">The part's number, from 1.</param>
    /// <param name="parts">How many parts there are.</param>
    /// <param name="routes">The part's routes, in order.</param>
    /// <param name="upstreams">Where the upstreams are.</param>
    /// <exception cref="ArgumentException">A route's upstream is unknown: no App Mesh gateway URL, or no Lattice DNS
    /// name for its service.</exception>
    public static string Document(IngressPlan plan, int part, int parts, IReadOnlyList<ProxyRoute> routes, ProxyUpstreams upstreams)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(upstreams);
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, plan, part, parts, routes, upstreams);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The document's length in characters without building its text: the writer escapes everything outside ASCII, so
    // its bytes are its characters. The buffer is reused from one measurement to the next.
    private static int Length(ArrayBufferWriter<byte> buffer, IngressPlan plan, int part, int parts, IReadOnlyList<ProxyRoute> routes, ProxyUpstreams upstreams)
    {
        buffer.ResetWrittenCount();
        Write(buffer, plan, part, parts, routes, upstreams);
        return buffer.WrittenCount;
    }

    private static void Write(ArrayBufferWriter<byte> buffer, IngressPlan plan, int part, int parts, IReadOnlyList<ProxyRoute> routes, ProxyUpstreams upstreams)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("environment", plan.Environment);
            json.WriteString("ingressHostname", plan.Hostname);
            json.WriteNumber("part", part);
            json.WriteNumber("parts", parts);
            json.WriteString("listen", IngressIdentity.ProxyOrigin);
            json.WriteStartArray("routes");
            foreach (var route in routes)
            {
                WriteRoute(json, route, upstreams);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>The documents of every part, ready to store.</summary>
    /// <param name="plan">The ingress plan.</param>
    /// <param name="upstreams">Where the upstreams are.</param>
    public static IReadOnlyList<string> Documents(IngressPlan plan, ProxyUpstreams upstreams)
    {
        ArgumentNullException.ThrowIfNull(upstreams);
        return Parts(plan, upstreams.Region, upstreams.AppMeshGatewayUrl)
            .Select(part => Document(plan, part.Number, part.Count, part.Routes, upstreams))
            .ToList();
    }

    private static void WriteRoute(Utf8JsonWriter json, ProxyRoute route, ProxyUpstreams upstreams)
    {
        json.WriteStartObject();
        json.WriteString("id", route.RouteId);
        json.WriteString("hostname", route.Hostname);
        json.WriteString("path", route.Path);
        json.WriteString("match", route.Match == PathMatch.Exact ? "exact" : "prefix");
        json.WriteStartArray("methods");
        foreach (var method in route.Methods)
        {
            json.WriteStringValue(method);
        }

        json.WriteEndArray();
        json.WriteString("service", route.Service);
        if (route.Backend == ProxyBackend.AppMesh)
        {
            json.WriteString("backend", "appmesh");
            json.WriteString("upstream", upstreams.AppMeshGatewayUrl
                ?? throw new ArgumentException($"route '{route.RouteId}' reaches App Mesh, but no gateway URL is given", nameof(upstreams)));
        }
        else
        {
            json.WriteString("backend", "lattice");
            var domain = upstreams.LatticeDomains.TryGetValue(route.Service, out var d) && d.Length > 0
                ? d
                : throw new ArgumentException($"route '{route.RouteId}' reaches Lattice service '{route.Service}', whose DNS name is not known", nameof(upstreams));
            json.WriteString("upstream", "https://" + domain);
            json.WriteStartObject("sigv4");
            json.WriteString("service", LatticeSigningName);
            json.WriteString("region", upstreams.Region);
            json.WriteString("signer", route.Signer switch
            {
                LatticeSigner.Edge => "edge",
                LatticeSigner.IngressUnlessEdgeSigned => "ingress-unless-edge-signed",
                _ => "ingress",
            });
            json.WriteEndObject();
        }

        json.WriteStartArray("headers");
        foreach (var header in route.Headers)
        {
            json.WriteStartObject();
            json.WriteString("name", header.Name);
            json.WriteString("condition", header.Condition switch
            {
                HeaderCondition.Present => "present",
                HeaderCondition.Absent => "absent",
                HeaderCondition.Exact => "exact",
                _ => "regex",
            });
            if (header.Value is { } value)
            {
                json.WriteString("value", value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
