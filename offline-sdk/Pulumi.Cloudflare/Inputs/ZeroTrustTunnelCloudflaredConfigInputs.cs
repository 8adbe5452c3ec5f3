namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustTunnelCloudflaredConfigConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("ingresses")]
    private InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressArgs>? _ingresses;

    public InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressArgs> Ingresses
    {
        get => _ingresses ?? (_ingresses = new InputList<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressArgs>());
        set => _ingresses = value;
    }

    [Input("originRequest")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs>? OriginRequest { get; set; }

    public ZeroTrustTunnelCloudflaredConfigConfigArgs()
    {
    }

    public static new ZeroTrustTunnelCloudflaredConfigConfigArgs Empty => new ZeroTrustTunnelCloudflaredConfigConfigArgs();
}

public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngressArgs : global::Pulumi.ResourceArgs
{
    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("originRequest")]
    public Input<Inputs.ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs>? OriginRequest { get; set; }

    [Input("path")]
    public Input<string>? Path { get; set; }

    [Input("service", required: true)]
    public Input<string> Service { get; set; } = null!;

    public ZeroTrustTunnelCloudflaredConfigConfigIngressArgs()
    {
    }

    public static new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs Empty => new ZeroTrustTunnelCloudflaredConfigConfigIngressArgs();
}

public sealed class ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs : global::Pulumi.ResourceArgs
{
    [Input("caPool")]
    public Input<string>? CaPool { get; set; }

    [Input("connectTimeout")]
    public Input<int>? ConnectTimeout { get; set; }

    [Input("disableChunkedEncoding")]
    public Input<bool>? DisableChunkedEncoding { get; set; }

    [Input("http2Origin")]
    public Input<bool>? Http2Origin { get; set; }

    [Input("httpHostHeader")]
    public Input<string>? HttpHostHeader { get; set; }

    [Input("keepAliveConnections")]
    public Input<int>? KeepAliveConnections { get; set; }

    [Input("keepAliveTimeout")]
    public Input<int>? KeepAliveTimeout { get; set; }

    [Input("noHappyEyeballs")]
    public Input<bool>? NoHappyEyeballs { get; set; }

    [Input("noTlsVerify")]
    public Input<bool>? NoTlsVerify { get; set; }

    [Input("originServerName")]
    public Input<string>? OriginServerName { get; set; }

    [Input("proxyType")]
    public Input<string>? ProxyType { get; set; }

    [Input("tcpKeepAlive")]
    public Input<int>? TcpKeepAlive { get; set; }

    [Input("tlsTimeout")]
    public Input<int>? TlsTimeout { get; set; }

    public ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs()
    {
    }

    public static new ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs Empty => new ZeroTrustTunnelCloudflaredConfigConfigIngressOriginRequestArgs();
}

public sealed class ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs : global::Pulumi.ResourceArgs
{
    [Input("caPool")]
    public Input<string>? CaPool { get; set; }

    [Input("connectTimeout")]
    public Input<int>? ConnectTimeout { get; set; }

    [Input("disableChunkedEncoding")]
    public Input<bool>? DisableChunkedEncoding { get; set; }

    [Input("http2Origin")]
    public Input<bool>? Http2Origin { get; set; }

    [Input("httpHostHeader")]
    public Input<string>? HttpHostHeader { get; set; }

    [Input("keepAliveConnections")]
    public Input<int>? KeepAliveConnections { get; set; }

    [Input("keepAliveTimeout")]
    public Input<int>? KeepAliveTimeout { get; set; }

    [Input("noHappyEyeballs")]
    public Input<bool>? NoHappyEyeballs { get; set; }

    [Input("noTlsVerify")]
    public Input<bool>? NoTlsVerify { get; set; }

    [Input("originServerName")]
    public Input<string>? OriginServerName { get; set; }

    [Input("proxyType")]
    public Input<string>? ProxyType { get; set; }

    [Input("tcpKeepAlive")]
    public Input<int>? TcpKeepAlive { get; set; }

    [Input("tlsTimeout")]
    public Input<int>? TlsTimeout { get; set; }

    public ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs()
    {
    }

    public static new ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs Empty => new ZeroTrustTunnelCloudflaredConfigConfigOriginRequestArgs();
}
