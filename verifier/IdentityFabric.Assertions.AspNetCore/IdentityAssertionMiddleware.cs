using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdentityFabric.Assertions.AspNetCore;

/// <summary>
/// Turns a verified identity assertion into <see cref="HttpContext.User"/>; answers everything else with a 401
/// whose body names no reason (the reason goes to the log).
/// </summary>
internal sealed partial class IdentityAssertionMiddleware
{
    private static readonly byte[] UnauthorizedBody =
        """{"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2","title":"Unauthorized","status":401}"""u8.ToArray();

    private readonly RequestDelegate next;
    private readonly AssertionVerifier verifier;
    private readonly HashSet<string> unauthenticatedPaths;
    private readonly ILogger logger;

    public IdentityAssertionMiddleware(
        RequestDelegate next,
        AssertionVerifier verifier,
        IOptions<IdentityAssertionOptions> options,
        ILogger<IdentityAssertionMiddleware> logger)
    {
        this.next = next;
        this.verifier = verifier;
        this.logger = logger;
        unauthenticatedPaths = new HashSet<string>(
            options.Value.UnauthenticatedPaths.Select(path => path.Value ?? "/"),
            StringComparer.OrdinalIgnoreCase);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (unauthenticatedPaths.Count > 0 && request.Path.HasValue && unauthenticatedPaths.Contains(request.Path.Value!))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var result = verifier.Verify(ToAssertionRequest(context));
        if (!result.IsValid)
        {
            LogRejected(logger, result.Code, request.Method, request.Path);
            await WriteUnauthorizedAsync(context.Response).ConfigureAwait(false);
            return;
        }

        context.User = ToPrincipal(result.Identity);
        await next(context).ConfigureAwait(false);
    }

    internal static AssertionRequest ToAssertionRequest(HttpContext context)
    {
        var request = context.Request;

        // The signature covers the target as sent; RawTarget is that, before any decoding or path base split.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            target = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        }

        var headers = new List<KeyValuePair<string, string>>(request.Headers.Count + 2);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new KeyValuePair<string, string>(name, value ?? string.Empty));
            }
        }

        return new AssertionRequest(request.Method, request.Host.Value ?? string.Empty, target, headers);
    }

    internal static ClaimsPrincipal ToPrincipal(AssertedIdentity identity)
    {
        var claims = new List<Claim>(identity.Roles.Count + 5)
        {
            new(FabricClaimTypes.Subject, identity.Subject),
            new(FabricClaimTypes.PrincipalKind, identity.Principal.Kind == PrincipalKind.Machine ? "machine" : "user"),
            new(FabricClaimTypes.KeyId, identity.KeyId),
        };
        if (identity.Principal.Provider is not null)
        {
            claims.Add(new Claim(FabricClaimTypes.IdentityProvider, identity.Principal.Provider));
        }

        claims.AddRange(identity.Roles.Select(role => new Claim(FabricClaimTypes.Role, role)));
        if (identity.Email is not null)
        {
            claims.Add(new Claim(FabricClaimTypes.Email, identity.Email));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(
            claims, FabricClaimTypes.AuthenticationType, FabricClaimTypes.Subject, FabricClaimTypes.Role));
    }

    private static async Task WriteUnauthorizedAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.ContentType = "application/problem+json";
        response.Headers.WWWAuthenticate = FabricClaimTypes.AuthenticationType;
        response.Headers.CacheControl = "no-store";
        response.ContentLength = UnauthorizedBody.Length;
        await response.Body.WriteAsync(UnauthorizedBody).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Identity assertion rejected ({Reason}) for {Method} {Path}")]
    private static partial void LogRejected(ILogger logger, string reason, string method, PathString path);
}
