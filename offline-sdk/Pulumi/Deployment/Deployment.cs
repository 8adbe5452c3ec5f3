using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Pulumi.Testing;

namespace Pulumi;

/// <summary>
/// Entry point of a Pulumi program and of its unit tests. This stand-in runs programs only under
/// <see cref="TestAsync{TStack}(IMocks, TestOptions?)"/> and its overloads, against an in-process
/// engine that behaves like the real SDK's mock engine.
/// </summary>
public sealed partial class Deployment
{
    private static readonly object InstanceLock = new();
    private static readonly AsyncLocal<DeploymentInstance?> CurrentInstance = new();

    private readonly IMocks _mocks;
    private Stack? _stack;

    private Deployment(IMocks mocks, TestOptions? options)
    {
        _mocks = mocks;
        IsDryRun = options?.IsPreview ?? true;
        StackName = options?.StackName ?? "stack";
        ProjectName = options?.ProjectName ?? "project";
        OrganizationName = options?.OrganizationName ?? "organization";
        Runner = new Runner();
        Logger = new EngineLogger();
        AllConfig = ParseConfig();
        ConfigSecretKeys = ParseConfigSecretKeys();
    }

    /// <summary>
    /// The deployment currently running; available only inside a program run.
    /// </summary>
    public static DeploymentInstance Instance
    {
        get => CurrentInstance.Value ?? throw new InvalidOperationException("Trying to acquire Deployment.Instance before 'Run' was called.");
        internal set
        {
            lock (InstanceLock)
            {
                if (CurrentInstance.Value is not null)
                {
                    throw new InvalidOperationException("Deployment.Instance should only be set once at the beginning of a 'Run' call.");
                }

                CurrentInstance.Value = value;
            }
        }
    }

    internal static Deployment InternalInstance => Instance.Internal;

    internal static bool TryGetInternalInstance([NotNullWhen(true)] out Deployment? deployment)
    {
        deployment = CurrentInstance.Value?.Internal;
        return deployment is not null;
    }

    internal string StackName { get; }

    internal string ProjectName { get; }

    internal string OrganizationName { get; }

    internal bool IsDryRun { get; }

    internal Runner Runner { get; }

    internal EngineLogger Logger { get; }

    internal ImmutableDictionary<string, string> AllConfig { get; }

    internal ImmutableHashSet<string> ConfigSecretKeys { get; }

    internal Stack? Stack
    {
        get => _stack;
        set => _stack = value ?? throw new ArgumentNullException(nameof(value));
    }

    internal string? GetConfig(string fullKey)
        => AllConfig.TryGetValue(fullKey, out var value) ? value : null;

    internal bool IsConfigSecret(string fullKey)
        => ConfigSecretKeys.Contains(fullKey);

    /// <summary>
    /// Stack configuration comes from PULUMI_CONFIG (a JSON object keyed "project:key"), read when a
    /// run starts, as the real language host hands it over.
    /// </summary>
    private static ImmutableDictionary<string, string> ParseConfig()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        var json = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        if (json is not null)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                builder[CleanKey(property.Name)] = property.Value.ToString();
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableHashSet<string> ParseConfigSecretKeys()
    {
        var builder = ImmutableHashSet.CreateBuilder<string>();
        var json = Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS");
        if (json is not null)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var element in document.RootElement.EnumerateArray())
            {
                builder.Add(element.ToString());
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Older language hosts send "project:config:key"; the ":config" part is dropped.</summary>
    private static string CleanKey(string key)
    {
        var index = key.IndexOf(':', StringComparison.Ordinal);
        return index > 0 && key[(index + 1)..].StartsWith("config:", StringComparison.Ordinal)
            ? key[..index] + ":" + key[(index + 1 + "config:".Length)..]
            : key;
    }
}
