using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pulumi.Serialization;

namespace Pulumi;

public static partial class Output
{
    /// <summary>
    /// Serializes the value of <paramref name="value"/> to JSON. Outputs and inputs nested in the
    /// value are written as their values; if any of them is unknown the result is unknown, and if
    /// any is secret the result is secret.
    /// </summary>
    public static Output<string> JsonSerialize<T>(Output<T> value, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(value);

        async Task<OutputData<string>> GetData()
        {
            var data = await value.DataTask.ConfigureAwait(false);
            if (!data.IsKnown)
            {
                return new OutputData<string>(data.Resources, "", false, data.IsSecret);
            }

            var nested = new NestedOutputConverter();
            var serializerOptions = options is null ? new JsonSerializerOptions() : new JsonSerializerOptions(options);
            serializerOptions.Converters.Add(nested);
            var json = JsonSerializer.Serialize(data.Value, serializerOptions);
            var resources = data.Resources.Union(nested.Resources);
            return nested.SawUnknown
                ? new OutputData<string>(resources, "", false, data.IsSecret || nested.SawSecret)
                : new OutputData<string>(resources, json, true, data.IsSecret || nested.SawSecret);
        }

        return new Output<string>(GetData());
    }

    /// <summary>Deserializes the JSON text held by <paramref name="json"/>, keeping its known-ness and secrecy.</summary>
    public static Output<T> JsonDeserialize<T>(Output<string> json, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);

        async Task<OutputData<T>> GetData()
        {
            var data = await json.DataTask.ConfigureAwait(false);
            if (!data.IsKnown)
            {
                return new OutputData<T>(data.Resources, default!, false, data.IsSecret);
            }

            var value = JsonSerializer.Deserialize<T>(Encoding.UTF8.GetBytes(data.Value), options);
            return new OutputData<T>(data.Resources, value!, true, data.IsSecret);
        }

        return new Output<T>(GetData());
    }

    /// <summary>Writes nested outputs and inputs as their values, noting unknowns, secrets and dependencies.</summary>
    private sealed class NestedOutputConverter : JsonConverterFactory
    {
        private readonly object _gate = new();
        private ImmutableHashSet<Resource> _resources = ImmutableHashSet<Resource>.Empty;

        public bool SawUnknown { get; private set; }

        public bool SawSecret { get; private set; }

        public ImmutableHashSet<Resource> Resources
        {
            get
            {
                lock (_gate)
                {
                    return _resources;
                }
            }
        }

        public override bool CanConvert(Type typeToConvert)
            => typeToConvert.IsGenericType
               && (typeToConvert.GetGenericTypeDefinition() == typeof(Output<>) || typeToConvert.GetGenericTypeDefinition() == typeof(Input<>));

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            var elementType = typeToConvert.GetGenericArguments()[0];
            var converterType = typeToConvert.GetGenericTypeDefinition() == typeof(Output<>)
                ? typeof(OutputValueConverter<>).MakeGenericType(elementType)
                : typeof(InputValueConverter<>).MakeGenericType(elementType);
            return (JsonConverter)Activator.CreateInstance(converterType, this)!;
        }

        private void Write<T>(Utf8JsonWriter writer, Output<T> output, JsonSerializerOptions options)
        {
            // Converters are synchronous; the value is awaited by blocking, as the real SDK does.
            var data = output.DataTask.GetAwaiter().GetResult();
            lock (_gate)
            {
                _resources = _resources.Union(data.Resources);
                SawSecret |= data.IsSecret;
                SawUnknown |= !data.IsKnown;
            }

            if (data.IsKnown)
            {
                JsonSerializer.Serialize(writer, data.Value, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        private sealed class OutputValueConverter<T>(NestedOutputConverter parent) : JsonConverter<Output<T>>
        {
            public override Output<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                => Create(JsonSerializer.Deserialize<T>(ref reader, options)!);

            public override void Write(Utf8JsonWriter writer, Output<T> value, JsonSerializerOptions options)
                => parent.Write(writer, value, options);
        }

        private sealed class InputValueConverter<T>(NestedOutputConverter parent) : JsonConverter<Input<T>>
        {
            public override Input<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                => Create(JsonSerializer.Deserialize<T>(ref reader, options)!);

            public override void Write(Utf8JsonWriter writer, Input<T> value, JsonSerializerOptions options)
                => parent.Write(writer, (Output<T>)value, options);
        }
    }
}
