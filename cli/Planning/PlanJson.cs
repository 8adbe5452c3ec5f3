using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityFabric.Cli.Planning.Access;

namespace IdentityFabric.Cli.Planning;

/// <summary>
/// The plan's JSON form: <c>{"stack": "...", "resources": [{"type", "name", "urn", "parent", "inputs"}], "access": {...}}</c>
/// (<c>access</c>: the effective-access model, see <see cref="EffectiveAccessJson"/>), resources in URN order, object keys sorted, two-space indentation: the same plan always prints the same bytes.
/// </summary>
public static class PlanJson
{
    /// <summary>Indented output that keeps characters such as '&lt;', '+' and '&amp;' readable.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a plan, with the preflight's report when given (as <c>"preflight"</c>, after the resources).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="preflight">The preflight's report, or null.</param>
    public static string Write(StackPlan plan, IdentityFabric.Components.Preflight.PreflightReport? preflight = null)
    {
        using var buffer = new MemoryStream();
        Write(plan, preflight, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a plan as UTF-8 to a stream, the same bytes as <see cref="Write(StackPlan, IdentityFabric.Components.Preflight.PreflightReport?)"/>
    /// returns as text. Written straight from the plan's nodes and flushed as it goes, so a large plan is never held
    /// whole as text.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="preflight">The preflight's report, or null.</param>
    /// <param name="destination">Where the bytes go.</param>
    public static void Write(StackPlan plan, IdentityFabric.Components.Preflight.PreflightReport? preflight, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(destination);
        using (var writer = new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Encoder = Options.Encoder,
            Indented = Options.WriteIndented,
            IndentCharacter = Options.IndentCharacter,
            IndentSize = Options.IndentSize,
            NewLine = Options.NewLine,
            MaxDepth = Options.MaxDepth,
        }))
        {
            writer.WriteStartObject();
            writer.WriteString("stack", plan.Stack);
            writer.WriteStartArray("resources");
            foreach (var resource in plan.Resources)
            {
                writer.WriteStartObject();
                writer.WriteString("type", resource.Type);
                writer.WriteString("name", resource.Name);
                writer.WriteString("urn", resource.Urn);
                writer.WriteString("parent", resource.Parent);
                writer.WritePropertyName("inputs");
                resource.Inputs.WriteTo(writer, Options);
                writer.WriteEndObject();
                FlushIfFull(writer);
            }

            writer.WriteEndArray();
            if (plan.Access is { } access)
            {
                writer.WritePropertyName(EffectiveAccessJson.Key);
                EffectiveAccessJson.WriteTo(writer, access, Options);
            }

            if (preflight is not null)
            {
                writer.WritePropertyName("preflight");
                PlanPreflight.ToJson(preflight).WriteTo(writer, Options);
            }

            writer.WriteEndObject();
        }

        destination.Write("\n"u8);
    }

    // How much the plan's writer holds before handing it to the stream: a large plan is never held whole.
    private const int FlushAt = 64 * 1024;

    /// <summary>Hands what <paramref name="writer"/> holds to its stream once it holds more than 64 KiB; called after
    /// each item of the plan's long lists.</summary>
    /// <param name="writer">The plan's writer.</param>
    internal static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushAt)
        {
            writer.Flush();
        }
    }

    /// <summary>Reads a plan written by <see cref="Write(StackPlan, IdentityFabric.Components.Preflight.PreflightReport?)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <exception cref="PlanException">The text is not a plan.</exception>
    public static StackPlan Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json) as JsonObject ?? throw new PlanException($"{source}: not a JSON object");
            var stack = root["stack"]?.GetValue<string>() ?? throw new PlanException($"{source}: no \"stack\"");
            var resources = (root["resources"] as JsonArray ?? throw new PlanException($"{source}: no \"resources\" array"))
                .Select((node, index) => node is JsonObject r
                    ? new PlannedResource(
                        r["type"]?.GetValue<string>() ?? throw new PlanException($"{source}: resource {index} has no type"),
                        r["name"]?.GetValue<string>() ?? throw new PlanException($"{source}: resource {index} has no name"),
                        r["urn"]?.GetValue<string>() ?? throw new PlanException($"{source}: resource {index} has no urn"),
                        r["parent"]?.GetValue<string>(),
                        r["inputs"]?.DeepClone() as JsonObject ?? [])
                    : throw new PlanException($"{source}: resource {index} is not an object"))
                .OrderBy(r => r.Urn, StringComparer.Ordinal)
                .ToList();
            return new StackPlan(stack, resources)
            {
                Access = root[EffectiveAccessJson.Key] is { } access ? EffectiveAccessJson.Read(access, source) : null,
            };
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or FormatException)
        {
            throw new PlanException($"{source}: not a plan ({failure.Message})", failure);
        }
    }
}
