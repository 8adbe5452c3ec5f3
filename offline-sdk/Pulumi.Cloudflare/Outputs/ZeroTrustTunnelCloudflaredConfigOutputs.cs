using System.Collections.Immutable;

namespace Pulumi.Cloudflare.Outputs;

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfig
{
    public readonly ImmutableArray<Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngress> Ingresses;
    public readonly Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequest? OriginRequest;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfig(ImmutableArray<Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngress> ingresses, Outputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequest? originRequest)
    {
        Ingresses = ingresses;
        OriginRequest = originRequest;
    }
}

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngress
{
    public readonly string? Hostname;
    public readonly Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest? OriginRequest;
    public readonly string? Path;
    public readonly string Service;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigIngress(string? hostname, Outputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest? originRequest, string? path, string service)
    {
        Hostname = hostname;
        OriginRequest = originRequest;
        Path = path;
        Service = service;
    }
}

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest
{
    public readonly string? CaPool;
    public readonly int? ConnectTimeout;
    public readonly bool? DisableChunkedEncoding;
    public readonly bool? Http2Origin;
    public readonly string? HttpHostHeader;
    public readonly int? KeepAliveConnections;
    public readonly int? KeepAliveTimeout;
    public readonly bool? NoHappyEyeballs;
    public readonly bool? NoTlsVerify;
    public readonly string? OriginServerName;
    public readonly string? ProxyType;
    public readonly int? TcpKeepAlive;
    public readonly int? TlsTimeout;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequest(string? caPool, int? connectTimeout, bool? disableChunkedEncoding, bool? http2Origin, string? httpHostHeader, int? keepAliveConnections, int? keepAliveTimeout, bool? noHappyEyeballs, bool? noTlsVerify, string? originServerName, string? proxyType, int? tcpKeepAlive, int? tlsTimeout)
    {
        CaPool = caPool;
        ConnectTimeout = connectTimeout;
        DisableChunkedEncoding = disableChunkedEncoding;
        Http2Origin = http2Origin;
        HttpHostHeader = httpHostHeader;
        KeepAliveConnections = keepAliveConnections;
        KeepAliveTimeout = keepAliveTimeout;
        NoHappyEyeballs = noHappyEyeballs;
        NoTlsVerify = noTlsVerify;
        OriginServerName = originServerName;
        ProxyType = proxyType;
        TcpKeepAlive = tcpKeepAlive;
        TlsTimeout = tlsTimeout;
    }
}

[OutputType]
public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequest
{
    public readonly string? CaPool;
    public readonly int? ConnectTimeout;
    public readonly bool? DisableChunkedEncoding;
    public readonly bool? Http2Origin;
    public readonly string? HttpHostHeader;
    public readonly int? KeepAliveConnections;
    public readonly int? KeepAliveTimeout;
    public readonly bool? NoHappyEyeballs;
    public readonly bool? NoTlsVerify;
    public readonly string? OriginServerName;
    public readonly string? ProxyType;
    public readonly int? TcpKeepAlive;
    public readonly int? TlsTimeout;

    [OutputConstructor]
    private ZeroTrustTunnelCloudflaredConfigConfigOriginRequest(string? caPool, int? connectTimeout, bool? disableChunkedEncoding, bool? http2Origin, string? httpHostHeader, int? keepAliveConnections, int? keepAliveTimeout, bool? noHappyEyeballs, bool? noTlsVerify, string? originServerName, string? proxyType, int? tcpKeepAlive, int? tlsTimeout)
    {
        CaPool = caPool;
        ConnectTimeout = connectTimeout;
        DisableChunkedEncoding = disableChunkedEncoding;
        Http2Origin = http2Origin;
        HttpHostHeader = httpHostHeader;
        KeepAliveConnections = keepAliveConnections;
        KeepAliveTimeout = keepAliveTimeout;
        NoHappyEyeballs = noHappyEyeballs;
        NoTlsVerify = noTlsVerify;
        OriginServerName = originServerName;
        ProxyType = proxyType;
        TcpKeepAlive = tcpKeepAlive;
        TlsTimeout = tlsTimeout;
    }
}
