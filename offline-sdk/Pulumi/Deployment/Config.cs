using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Pulumi;

/// <summary>
/// A named bag of configuration values, read from the stack configuration. Keys are qualified
/// with the bag's name (by default the project name): <c>project:key</c>.
/// </summary>
public sealed partial class Config
{
    private readonly string _name;

    public Config(string? name = null)
    {
        name ??= Deployment.Instance.ProjectName;
        if (name.EndsWith(":config", StringComparison.Ordinal))
        {
            name = name[..^":config".Length];
        }

        _name = name;
    }

    public string? Get(string key) => GetImpl(key);

    public Output<string>? GetSecret(string key) => GetImpl(key) is { } value ? Output.CreateSecret(value) : null;

    public bool? GetBoolean(string key) => GetBooleanImpl(key);

    public Output<bool>? GetSecretBoolean(string key) => GetBooleanImpl(key) is { } value ? Output.CreateSecret(value) : null;

    public int? GetInt32(string key) => GetInt32Impl(key);

    public Output<int>? GetSecretInt32(string key) => GetInt32Impl(key) is { } value ? Output.CreateSecret(value) : null;

    public double? GetDouble(string key) => GetDoubleImpl(key);

    public Output<double>? GetSecretDouble(string key) => GetDoubleImpl(key) is { } value ? Output.CreateSecret(value) : null;

    [return: MaybeNull]
    public T GetObject<T>(string key, JsonSerializerOptions options) => GetObjectImpl<T>(key, options);

    [return: MaybeNull]
    public T GetObject<T>(string key) => GetObjectImpl<T>(key, null);

    public Output<T>? GetSecretObject<T>(string key, JsonSerializerOptions options)
    {
        var value = GetObjectImpl<T>(key, options);
        return value is null ? null : Output.CreateSecret(value);
    }

    public Output<T>? GetSecretObject<T>(string key)
        => GetImpl(key) is null ? null : Output.CreateSecret(GetObjectImpl<T>(key, null)!);

    public string Require(string key) => GetImpl(key) ?? throw Missing(key);

    public Output<string> RequireSecret(string key) => Output.CreateSecret(Require(key));

    public bool RequireBoolean(string key) => GetBooleanImpl(key) ?? throw Missing(key);

    public Output<bool> RequireSecretBoolean(string key) => Output.CreateSecret(RequireBoolean(key));

    public int RequireInt32(string key) => GetInt32Impl(key) ?? throw Missing(key);

    public Output<int> RequireSecretInt32(string key) => Output.CreateSecret(RequireInt32(key));

    public double RequireDouble(string key) => GetDoubleImpl(key) ?? throw Missing(key);

    public Output<double> RequireSecretDouble(string key) => Output.CreateSecret(RequireDouble(key));

    public T RequireObject<T>(string key, JsonSerializerOptions options) => RequireObjectImpl<T>(key, options);

    public T RequireObject<T>(string key) => RequireObjectImpl<T>(key, null);

    public Output<T> RequireSecretObject<T>(string key, JsonSerializerOptions options) => Output.CreateSecret(RequireObjectImpl<T>(key, options));

    public Output<T> RequireSecretObject<T>(string key) => Output.CreateSecret(RequireObjectImpl<T>(key, null));

    private string FullKey(string key) => $"{_name}:{key}";

    private string? GetImpl(string key) => Deployment.InternalInstance.GetConfig(FullKey(key));

    private bool? GetBooleanImpl(string key)
        => GetImpl(key) switch
        {
            null => null,
            "true" => true,
            "false" => false,
            var other => throw WrongType(key, other, nameof(Boolean)),
        };

    private int? GetInt32Impl(string key)
    {
        var value = GetImpl(key);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw WrongType(key, value, nameof(Int32));
    }

    private double? GetDoubleImpl(string key)
    {
        var value = GetImpl(key);
        if (value is null)
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw WrongType(key, value, nameof(Double));
    }

    [return: MaybeNull]
    private T GetObjectImpl<T>(string key, JsonSerializerOptions? options)
    {
        var value = GetImpl(key);
        try
        {
            return value is null ? default : JsonSerializer.Deserialize<T>(value, options);
        }
        catch (JsonException ex)
        {
            throw WrongType(key, value, typeof(T).FullName!, ex);
        }
    }

    private T RequireObjectImpl<T>(string key, JsonSerializerOptions? options)
        => GetImpl(key) is null ? throw Missing(key) : GetObjectImpl<T>(key, options)!;

    private RunException Missing(string key)
        => new ConfigMissingException(FullKey(key));

    private RunException WrongType(string key, object? value, string expectedType, Exception? inner = null)
        => new ConfigTypeException(FullKey(key), value, expectedType, inner);

    private sealed class ConfigTypeException(string key, object? value, string expectedType, Exception? innerException)
        : RunException($"Configuration '{key}' value '{value}' is not a valid {expectedType}", innerException);

    private sealed class ConfigMissingException(string key)
        : RunException($"Missing Required configuration variable '{key}'\n\tplease set a value using the command `pulumi config set {key} <value>`");
}
