using System.Collections.Immutable;
using IdentityFabric.Catalog;

namespace IdentityFabric.AppMesh.Planning;

/// <summary>
/// The environment variables an App Mesh Envoy sidecar (or the gateway's Envoy) needs: which mesh object it is,
/// where it runs, X-Ray tracing towards the local daemon, and with SDS certificates the SPIRE agent's socket.
/// </summary>
public static class EnvoyEnvironments
{
    /// <summary>The X-Ray daemon's UDP port next to each sidecar.</summary>
    public const int XrayDaemonPort = 2000;

    /// <summary>The SPIRE agent's workload API socket, mounted into the sidecar (SDS mode).</summary>
    public const string SdsSocketPath = "/run/spire/sockets/agent.sock";

    /// <summary>The variables for one Envoy.</summary>
    /// <param name="resourceArn">The virtual node's or virtual gateway's ARN.</param>
    /// <param name="region">The AWS region.</param>
    /// <param name="source">Where certificates come from.</param>
    public static ImmutableDictionary<string, string> For(string resourceArn, string region, CertificateSource source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceArn);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var variables = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        variables["APPMESH_RESOURCE_ARN"] = resourceArn;
        variables["AWS_REGION"] = region;
        variables["ENABLE_ENVOY_XRAY_TRACING"] = "1";
        variables["XRAY_DAEMON_PORT"] = XrayDaemonPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        variables["ENVOY_LOG_LEVEL"] = "info";
        if (source == CertificateSource.Sds)
        {
            variables["APPMESH_SDS_SOCKET_PATH"] = SdsSocketPath;
        }

        return variables.ToImmutable();
    }
}
