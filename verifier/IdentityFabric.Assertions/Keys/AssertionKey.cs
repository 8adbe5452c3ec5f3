namespace IdentityFabric.Assertions.Keys;

/// <summary>
/// One HMAC key: its id and its 32 secret bytes.
/// </summary>
public sealed class AssertionKey
{
    /// <summary>Length of every key, in bytes.</summary>
    public const int KeyLength = 32;

    private readonly byte[] secret;

    /// <summary>Creates a key from its id and secret bytes.</summary>
    /// <param name="id">The key id (1–64 characters of <c>A–Z a–z 0–9 . _ -</c>).</param>
    /// <param name="secret">Exactly 32 bytes; copied.</param>
    public AssertionKey(string id, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!AssertionSyntax.IsKeyId(id))
        {
            throw new FormatException($"Key id '{id}' is not 1-64 characters of A-Z a-z 0-9 . _ -.");
        }

        if (secret.Length != KeyLength)
        {
            throw new FormatException($"Key '{id}' must be {KeyLength} bytes, not {secret.Length}.");
        }

        Id = id;
        this.secret = secret.ToArray();
    }

    /// <summary>The key id carried in <c>x-fabric-key-id</c>.</summary>
    public string Id { get; }

    internal ReadOnlySpan<byte> Secret => secret;

    /// <summary>Creates a key from its id and its secret as 43 characters of base64url without padding.</summary>
    /// <param name="id">The key id.</param>
    /// <param name="base64UrlSecret">The secret, base64url of 32 bytes, no padding.</param>
    public static AssertionKey FromBase64Url(string id, string base64UrlSecret)
    {
        ArgumentNullException.ThrowIfNull(base64UrlSecret);
        var bytes = AssertionSyntax.DecodeKey32(base64UrlSecret)
            ?? throw new FormatException($"Key '{id}' is not 43 characters of unpadded base64url encoding 32 bytes.");
        return new AssertionKey(id, bytes);
    }

    /// <summary>Shows the id only; the secret never appears in logs.</summary>
    public override string ToString() => $"AssertionKey({Id})";
}
