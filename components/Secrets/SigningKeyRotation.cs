using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IdentityFabric.Components.Secrets;

/// <summary>One of the two generated signing keys: its slot (which names the Random resource) and the epoch it
/// is keyed to (its only keeper).</summary>
/// <param name="Slot"><c>even</c> or <c>odd</c>: the parity of <paramref name="Epoch"/>.</param>
/// <param name="Epoch">The rotation epoch the key belongs to.</param>
public sealed record SigningKeySlot(string Slot, int Epoch)
{
    /// <summary>The key's id, as the Worker sends it in <c>x-fabric-key-id</c>.</summary>
    public string KeyId => SigningKeyRotation.KeyId(Epoch);

    /// <summary>The Random resource's keepers: the epoch alone, so a slot's value changes only when its epoch does.</summary>
    public IReadOnlyDictionary<string, string> Keepers => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["epoch"] = Epoch.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>The edge signing keys live at one epoch: the key the Worker signs with and the one before it.</summary>
/// <param name="Epoch">The rotation epoch.</param>
/// <param name="Current">The key of <paramref name="Epoch"/>.</param>
/// <param name="Previous">The key of the epoch before.</param>
public sealed record SigningKeyPlan(int Epoch, SigningKeySlot Current, SigningKeySlot Previous)
{
    /// <summary>The id of the key retired by the latest rotation (the one before <see cref="Previous"/>), which
    /// verifiers reject by name; null at epoch 0, before any rotation.</summary>
    public string? RetiredId => Epoch >= 1 ? SigningKeyRotation.KeyId(Epoch - 2) : null;
}

/// <summary>
/// The rotation scheme of the edge signing key (contracts/identity-assertion.md §5). Two Random resources hold
/// the keys, one per epoch parity (<c>even</c>, <c>odd</c>), each keyed to the epoch it belongs to. At epoch N the
/// slot of N holds the current key and the other slot holds the key of N-1. Raising the epoch to N+1 changes the
/// keepers of one slot only (the one that held N-1, now N+1), so one <c>pulumi up</c> replaces exactly that key and
/// leaves the old current key untouched as the new previous: the Worker and the verifiers always share a key.
/// </summary>
public static class SigningKeyRotation
{
    /// <summary>Bytes of key material (HMAC-SHA256 keys of 32 random bytes).</summary>
    public const int KeyBytes = 32;

    /// <summary>The slot names, in a fixed order.</summary>
    public static IReadOnlyList<string> Slots { get; } = ["even", "odd"];

    /// <summary>The id of the key of an epoch: <c>k{epoch}</c>.</summary>
    /// <param name="epoch">The epoch.</param>
    public static string KeyId(int epoch) => "k" + epoch.ToString(CultureInfo.InvariantCulture);

    /// <summary>The slot that holds the key of an epoch.</summary>
    /// <param name="epoch">The epoch (may be -1: the previous key at epoch 0).</param>
    public static string SlotOf(int epoch) => Slots[((epoch % 2) + 2) % 2];

    /// <summary>The live keys at an epoch.</summary>
    /// <param name="epoch">The rotation epoch from config; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The epoch is negative.</exception>
    public static SigningKeyPlan Plan(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        return new SigningKeyPlan(epoch, new SigningKeySlot(SlotOf(epoch), epoch), new SigningKeySlot(SlotOf(epoch - 1), epoch - 1));
    }

    /// <summary>Turns standard base64 (what RandomBytes returns) into base64url without padding, the keys' wire form.</summary>
    /// <param name="base64">Standard base64.</param>
    public static string ToBase64Url(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        return base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// The key set document the verifiers in the mesh read from Secrets Manager (contracts/identity-assertion.md §5):
    /// <c>{"current":{"id","secret"},"previous":{"id","secret"},"retired":[...]}</c>, compact and in a fixed order.
    /// </summary>
    /// <param name="plan">The live keys.</param>
    /// <param name="currentKey">The current key, base64url.</param>
    /// <param name="previousKey">The previous key, base64url.</param>
    public static string KeySetDocument(SigningKeyPlan plan, string currentKey, string previousKey)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteKey(json, "current", plan.Current.KeyId, currentKey);
            WriteKey(json, "previous", plan.Previous.KeyId, previousKey);
            if (plan.RetiredId is { } retired)
            {
                json.WriteStartArray("retired");
                json.WriteStringValue(retired);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteKey(Utf8JsonWriter json, string name, string id, string secret)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("secret", secret);
        json.WriteEndObject();
    }
}
