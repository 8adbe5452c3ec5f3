using System.Net;
using System.Security.Claims;
using IdentityFabric.Assertions.AspNetCore;

// A sample mesh service of the end-to-end chain (scripts/e2e.sh). Every /api request passes the identity assertion
// middleware, exactly as a service in the mesh would use it; the answer tells the test what the service saw.
// A catalog call to another service goes to that service's /mesh path: inside the mesh that hop is authenticated by
// the mesh (mTLS peer names on App Mesh, SigV4 on Lattice), not by the edge's assertion, so /mesh stands for it.
var options = Options.Parse(args);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
builder.Services.AddIdentityAssertions(o =>
{
    o.KeyFilePath = options.KeyFile;
    o.KeyFileReloadInterval = TimeSpan.FromMilliseconds(200);
});
builder.Services.AddHttpClient();

var app = builder.Build();
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), api => api.UseIdentityAssertions());

app.MapGet("/mesh/whoami", (HttpContext context) => Results.Json(new
{
    service = options.Name,
    traceparent = context.Request.Headers["traceparent"].ToString(),
}));

app.Map("/api/{**path}", async (HttpContext context, IHttpClientFactory clients) =>
{
    var user = context.User;
    var traceparent = context.Request.Headers["traceparent"].ToString();
    object? downstream = null;
    if (options.Calls is { } callee)
    {
        // Pass the trace context on, as every hop must.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(callee, "/mesh/whoami"));
        request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        using var response = await clients.CreateClient().SendAsync(request, context.RequestAborted);
        downstream = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(context.RequestAborted);
    }

    return Results.Json(new
    {
        service = options.Name,
        method = context.Request.Method,
        path = context.Request.Path.Value + context.Request.QueryString.Value,
        subject = user.FindFirstValue(FabricClaimTypes.Subject),
        roles = user.FindAll(FabricClaimTypes.Role).Select(c => c.Value).ToArray(),
        email = user.FindFirstValue(FabricClaimTypes.Email),
        keyId = user.FindFirstValue(FabricClaimTypes.KeyId),
        traceparent,
        traceId = TraceIdOf(traceparent),
        forwardedHost = context.Request.Headers["x-forwarded-host"].ToString(),
        identityHeaders = context.Request.Headers.Where(h => h.Key.StartsWith("x-fabric-", StringComparison.OrdinalIgnoreCase) || h.Key.StartsWith("x-forwarded-user", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
        downstream,
    });
});

await app.RunAsync();

// The trace id of a W3C traceparent (version-traceid-spanid-flags), or "" when it is not one.
static string TraceIdOf(string traceparent)
{
    var parts = traceparent.Split('-');
    return parts.Length == 4 && parts[1].Length == 32 && parts[1].All(char.IsAsciiHexDigitLower) ? parts[1] : "";
}

/// <summary>The command line: <c>--name NAME --port PORT --key-file FILE [--calls URL]</c>.</summary>
internal sealed record Options(string Name, int Port, string KeyFile, Uri? Calls)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new Options(
            values["--name"],
            int.Parse(values["--port"], System.Globalization.CultureInfo.InvariantCulture),
            values["--key-file"],
            values.TryGetValue("--calls", out var calls) ? new Uri(calls) : null);
    }
}
