using System.Diagnostics;
using System.Net;
using IdentityFabric.E2e.IngressProxy;
using Yarp.ReverseProxy.Forwarder;

// The ingress proxy of the end-to-end chain: the generated configuration (every part the dev plan stores in SSM)
// decides which requests pass, with the same header rules as the App Mesh gateway routes; an admitted request goes to
// its service with its Host kept (the assertion signs the host the edge sent to). Here one process plays both the
// ingress proxy and the gateway, so App Mesh routes go straight to the service's loopback address.
// Usage: --listen PORT --config DIR --service NAME=URL [--service NAME=URL ...]
var listen = 0;
string? configDirectory = null;
var services = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--listen": listen = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--config": configDirectory = args[i + 1]; break;
        case "--service": services[args[i + 1].Split('=', 2)[0]] = args[i + 1].Split('=', 2)[1]; break;
        default: throw new ArgumentException($"unknown option {args[i]}");
    }
}

var routes = ProxyRoutes.Load(configDirectory ?? throw new ArgumentException("--config is required"));
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, listen));
builder.Services.AddHttpForwarder();
var app = builder.Build();

var client = new HttpMessageInvoker(new SocketsHttpHandler
{
    UseProxy = false,
    AllowAutoRedirect = false,
    AutomaticDecompression = DecompressionMethods.None,
    UseCookies = false,
    ActivityHeadersPropagator = null,
});
var transformer = new KeepHostTransformer();

app.Run(async context =>
{
    var forwarder = context.RequestServices.GetRequiredService<IHttpForwarder>();
    var route = routes.FirstOrDefault(r => r.Admits(context.Request));
    if (route is null)
    {
        // No route admits it: what a gateway answers when no gateway route matches.
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.Headers["x-ingress-decision"] = "no-route";
        return;
    }

    context.Response.Headers["x-ingress-route"] = route.Id;
    if (route.Backend != "appmesh" || !services.TryGetValue(route.Service, out var destination))
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers["x-ingress-decision"] = "no-upstream";
        return;
    }

    var error = await forwarder.SendAsync(context, destination, client, ForwarderRequestConfig.Empty, transformer);
    if (error != ForwarderError.None)
    {
        Debug.WriteLine($"forwarding {route.Id} failed: {error}");
    }
});

await app.RunAsync();

/// <summary>Copies the request as YARP does, but keeps the client's Host: the identity assertion signs it.</summary>
internal sealed class KeepHostTransformer : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.Headers.Host = httpContext.Request.Host.Value;
    }
}
