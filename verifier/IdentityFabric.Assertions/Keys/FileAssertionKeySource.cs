using System.Security.Cryptography;
using System.Text;

namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// Reads the key set document from a mounted file (how EKS, through the Secrets Store CSI driver, and ECS
/// sidecars deliver a Secrets Manager value) and re-reads it when its content changes.
/// </summary>
/// <remarks>
/// The file is compared by content, not by timestamp or file-system events: Kubernetes swaps mounted secrets
/// through a symlink, which watchers and modification times often miss, and a content check sees every
/// change. The check runs at most once per reload interval, on the calling thread, and never blocks a
/// concurrent caller. A file that has become unreadable or invalid leaves the last good key set in force and
/// is reported through the failure callback each time it is checked.
/// </remarks>
public sealed class FileAssertionKeySource : IAssertionKeySource
{
    /// <summary>How often the file is checked when no other interval is given.</summary>
    public static readonly TimeSpan DefaultReloadInterval = TimeSpan.FromSeconds(5);

    private readonly string path;
    private readonly TimeProvider clock;
    private readonly TimeSpan reloadInterval;
    private readonly Action<Exception>? onReloadFailure;
    private readonly Lock gate = new();
    private volatile Snapshot snapshot;

    /// <summary>Reads and parses the file.</summary>
    /// <param name="path">The file holding the key set document.</param>
    /// <param name="clock">The clock that paces checks; defaults to the system clock.</param>
    /// <param name="reloadInterval">Minimum time between two checks of the file; defaults to 5 seconds.</param>
    /// <param name="onReloadFailure">Told when a later read fails (the last good key set stays in force).</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not a valid key set.</exception>
    public FileAssertionKeySource(
        string path,
        TimeProvider? clock = null,
        TimeSpan? reloadInterval = null,
        Action<Exception>? onReloadFailure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        this.path = path;
        this.clock = clock ?? TimeProvider.System;
        this.reloadInterval = reloadInterval ?? DefaultReloadInterval;
        if (this.reloadInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(reloadInterval), "The reload interval cannot be negative.");
        }

        this.onReloadFailure = onReloadFailure;
        var content = File.ReadAllBytes(path);
        snapshot = new Snapshot(Parse(content), SHA256.HashData(content), this.clock.GetUtcNow());
    }

    /// <summary>The file this source reads.</summary>
    public string Path => path;

    /// <inheritdoc />
    public AssertionKeySet GetKeys()
    {
        var current = snapshot;
        var now = clock.GetUtcNow();
        var elapsed = now - current.CheckedAt;
        if (elapsed >= TimeSpan.Zero && elapsed < reloadInterval)
        {
            return current.Keys;
        }

        // One caller checks; the others keep using the keys they have rather than wait on the disk.
        if (!gate.TryEnter())
        {
            return current.Keys;
        }

        try
        {
            return Check(now).Keys;
        }
        finally
        {
            gate.Exit();
        }
    }

    private Snapshot Check(DateTimeOffset now)
    {
        var current = snapshot;
        try
        {
            var content = File.ReadAllBytes(path);
            var hash = SHA256.HashData(content);
            var next = CryptographicOperations.FixedTimeEquals(hash, current.ContentHash)
                ? current with { CheckedAt = now }
                : new Snapshot(Parse(content), hash, now);
            snapshot = next;
            return next;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            snapshot = current with { CheckedAt = now };
            onReloadFailure?.Invoke(exception);
            return snapshot;
        }
    }

    private static AssertionKeySet Parse(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("The key set file is not UTF-8.");
        }

        return AssertionKeySet.Parse(text.TrimStart('\uFEFF'));
    }

    private sealed record Snapshot(AssertionKeySet Keys, byte[] ContentHash, DateTimeOffset CheckedAt);
}
