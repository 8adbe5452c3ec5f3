using IdentityFabric.Assertions.AspNetCore;
using IdentityFabric.Assertions.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the identity assertion verifier and its middleware.
/// </summary>
public static partial class IdentityAssertionExtensions
{
    /// <summary>
    /// Registers the verifier, its key source (a key file when <see cref="IdentityAssertionOptions.KeyFilePath"/> is
    /// set, the environment otherwise) and the system clock. A key source or clock registered before this call wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IServiceCollection AddIdentityAssertions(
        this IServiceCollection services,
        Action<IdentityAssertionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<IdentityAssertionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAssertionKeySource>(provider => CreateKeySource(provider));
        services.TryAddSingleton(provider => new IdentityFabric.Assertions.AssertionVerifier(
            provider.GetRequiredService<IAssertionKeySource>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Adds the middleware: a request with a valid assertion runs on with its <c>ClaimsPrincipal</c>; any other
    /// request gets a 401. The key set is loaded here, so a missing or invalid one stops the application from
    /// starting. Put it before authorization and before anything that reads the caller's identity.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <exception cref="InvalidOperationException"><see cref="AddIdentityAssertions"/> was not called.</exception>
    public static IApplicationBuilder UseIdentityAssertions(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<IdentityFabric.Assertions.AssertionVerifier>() is null)
        {
            throw new InvalidOperationException("Call services.AddIdentityAssertions() before app.UseIdentityAssertions().");
        }

        _ = app.ApplicationServices.GetRequiredService<IAssertionKeySource>().GetKeys();
        return app.UseMiddleware<IdentityAssertionMiddleware>();
    }

    private static IAssertionKeySource CreateKeySource(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<IdentityAssertionOptions>>().Value;
        if (options.KeyFilePath is null)
        {
            return new EnvironmentAssertionKeySource(options.KeysEnvironmentVariable);
        }

        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileAssertionKeySource));
        return new FileAssertionKeySource(
            options.KeyFilePath,
            provider.GetRequiredService<TimeProvider>(),
            options.KeyFileReloadInterval,
            exception => LogReloadFailed(logger, options.KeyFilePath, exception.Message));
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Assertion key file {Path} could not be reloaded; the last good key set stays in force: {Problem}")]
    private static partial void LogReloadFailed(ILogger logger, string path, string problem);
}
