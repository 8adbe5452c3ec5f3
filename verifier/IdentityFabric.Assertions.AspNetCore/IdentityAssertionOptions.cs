using IdentityFabric.Assertions.Keys;
using Microsoft.AspNetCore.Http;

namespace IdentityFabric.Assertions.AspNetCore;

/// <summary>
/// Where the middleware finds its keys, and which paths it leaves alone.
/// </summary>
public sealed class IdentityAssertionOptions
{
    /// <summary>
    /// A mounted file with the key set document, re-read when it changes. When null, the key set comes from the
    /// environment variable <see cref="KeysEnvironmentVariable"/>.
    /// </summary>
    public string? KeyFilePath { get; set; }

    /// <summary>The environment variable with the key set document, read once at start.</summary>
    public string KeysEnvironmentVariable { get; set; } = EnvironmentAssertionKeySource.DefaultVariable;

    /// <summary>How often a key file is checked for changes.</summary>
    public TimeSpan KeyFileReloadInterval { get; set; } = FileAssertionKeySource.DefaultReloadInterval;

    /// <summary>
    /// Paths answered without an assertion, matched exactly (case-insensitive, no prefixes): health checks that
    /// the orchestrator calls directly, never through the edge. Empty by default.
    /// </summary>
    public ICollection<PathString> UnauthenticatedPaths { get; } = [];
}
