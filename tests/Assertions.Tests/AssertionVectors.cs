using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityFabric.Assertions.Keys;

namespace IdentityFabric.Assertions.Tests;

/// <summary>contracts/identity-assertion.vectors.json, as the Worker's suite reads it too.</summary>
internal static class AssertionVectors
{
    private static readonly Lazy<VectorFile> Loaded = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "identity-assertion.vectors.json");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        return JsonSerializer.Deserialize<VectorFile>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException("Empty vectors file.");
    });

    public static VectorFile Document => Loaded.Value;

    public static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(Document.Now);

    public static IEnumerable<VectorCase> Valid => Document.Cases.Where(c => c.Expect.Valid);

    public static IEnumerable<VectorCase> Invalid => Document.Cases.Where(c => !c.Expect.Valid);

    public static VectorCase Named(string name) => Document.Cases.Single(c => c.Name == name);

    public static AssertionKeySet VerifierKeySet() => AssertionKeySet.Parse(JsonSerializer.Serialize(Document.VerifierKeySet));

    public static AssertionVerifier Verifier(TimeProvider? clock = null) =>
        new(new StaticAssertionKeySource(VerifierKeySet()), clock ?? new ManualClock(Now));
}

public sealed record VectorFile(long Now, JsonElement VerifierKeySet, IReadOnlyList<VectorCase> Cases);

public sealed record VectorCase(string Name, string Description, VectorRequest Request, VectorExpectation Expect, string? Canonical)
{
    public AssertionRequest ToAssertionRequest() => new(
        Request.Method,
        Request.Host,
        Request.Path,
        [.. Request.Headers.Select(pair => new KeyValuePair<string, string>(pair[0], pair[1]))]);

    public override string ToString() => Name;
}

public sealed record VectorRequest(string Method, string Host, string Path, IReadOnlyList<string[]> Headers);

public sealed record VectorExpectation(bool Valid, string? Reason, VectorIdentity? Identity);

public sealed record VectorIdentity(
    string Subject,
    IReadOnlyList<string> Roles,
    string? Email,
    [property: JsonPropertyName("keyId")] string KeyId,
    long Timestamp,
    VectorPrincipal Principal);

public sealed record VectorPrincipal(string Kind, string? Provider, string Name);

/// <summary>A clock that moves only when told to.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
