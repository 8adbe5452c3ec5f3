using IdentityFabric.Components.Iam;
using Pulumi;

namespace IdentityFabric.Stacks;

/// <summary>The stack's configuration, read once and checked before anything is created.</summary>
/// <param name="ProjectRoot">The folder holding <c>Pulumi.yaml</c>; relative paths resolve against it.</param>
/// <param name="Environment">The catalog environment this stack deploys.</param>
/// <param name="CatalogPaths">Catalog files or folders, absolute.</param>
/// <param name="WorkerBundlePath">The bundled Worker module, absolute.</param>
/// <param name="FederationWorkerBundlePath">The bundled federation Worker module, absolute (read only where the
/// environment federates).</param>
/// <param name="SigningKeyEpoch">The edge signing key's rotation epoch.</param>
/// <param name="Workload">Where the services' workloads run (who may assume their roles).</param>
/// <param name="VpcId">The VPC the Lattice service network serves (empty when none).</param>
/// <param name="OidcThumbprints">Thumbprints for the IAM OIDC providers.</param>
/// <param name="AccessIdentityProviderIds">Cloudflare Access identity provider id by catalog OIDC provider name.</param>
/// <param name="RotationDate">The date rotation periods are counted at; null keeps generated secrets on the epoch.</param>
/// <param name="LogpushDestination">Where Logpush ships the Worker's logs (a Logpush destination_conf); null ships none.</param>
public sealed record StackSettings(
    string ProjectRoot,
    string Environment,
    IReadOnlyList<string> CatalogPaths,
    string WorkerBundlePath,
    string FederationWorkerBundlePath,
    int SigningKeyEpoch,
    WorkloadIdentity Workload,
    string VpcId,
    IReadOnlyList<string> OidcThumbprints,
    IReadOnlyDictionary<string, string> AccessIdentityProviderIds,
    DateOnly? RotationDate,
    string? LogpushDestination)
{
    /// <summary>Where <c>npm run build</c> in <c>workers-js</c> writes the edge Worker's bundle, relative to the project
    /// root: the <c>workerBundle</c> setting's default.</summary>
    public const string DefaultWorkerBundle = "workers-js/dist/index.js";

    /// <summary>Where <c>npm run build</c> in <c>workers-js</c> writes the federation Worker's bundle, relative to the
    /// project root: the <c>federationWorkerBundle</c> setting's default.</summary>
    public const string DefaultFederationWorkerBundle = "workers-js/dist/federation/federation-worker.js";

    /// <summary>Reads the settings from the project's config namespace.</summary>
    /// <param name="config">The <c>identity-fabric</c> config.</param>
    /// <param name="stackName">The stack name (the default environment).</param>
    /// <exception cref="RunException">A setting is malformed; the message names it (and the engine prints it without a
    /// stack trace).</exception>
    public static StackSettings Read(Config config, string stackName)
    {
        ArgumentNullException.ThrowIfNull(config);
        try
        {
            return ReadSettings(config, stackName);
        }
        catch (ArgumentException malformed)
        {
            throw new RunException(malformed.Message, malformed);
        }
    }

    /// <summary>
    /// The catalog's files or folders as the <c>catalogPath</c> setting names them (comma-separated, relative to the
    /// project root; <c>catalog</c> when unset), as full paths. The offline plan reads the setting the same way, so the
    /// program can reuse the catalog the plan has just validated.
    /// </summary>
    /// <param name="setting">The setting's value, or null.</param>
    /// <param name="root">The project root.</param>
    public static List<string> CatalogPathsOf(string? setting, string root) =>
        (setting ?? "catalog")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Path.GetFullPath(p, root))
            .ToList();

    private static StackSettings ReadSettings(Config config, string stackName)
    {
        var root = FindProjectRoot(Directory.GetCurrentDirectory());
        var environment = config.Get("environment") ?? stackName;
        var catalog = CatalogPathsOf(config.Get("catalogPath"), root);
        var bundle = Path.GetFullPath(config.Get("workerBundle") ?? DefaultWorkerBundle, root);
        var federationBundle = Path.GetFullPath(config.Get("federationWorkerBundle") ?? DefaultFederationWorkerBundle, root);
        var epoch = config.GetInt32("signingKeyEpoch") ?? 0;
        if (epoch < 0)
        {
            throw new ArgumentException($"identity-fabric:signingKeyEpoch must be 0 or more, not {epoch}");
        }

        var workload = WorkloadIdentity.Parse(config.Get("envoyIdentity") ?? "ecs", config.Get("eksOidcProviderArn"));
        var rotationDate = config.Get("rotationDate") is { Length: > 0 } date
            ? DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new ArgumentException($"identity-fabric:rotationDate must be a date like 2026-11-26, not '{date}'")
            : (DateOnly?)null;

        return new StackSettings(
            root,
            environment,
            catalog,
            bundle,
            federationBundle,
            epoch,
            workload,
            config.Get("vpcId") ?? "",
            config.GetObject<string[]>("oidcThumbprints") ?? [],
            ParsePairs("accessIdentityProviderIds", config.Get("accessIdentityProviderIds") ?? ""),
            rotationDate,
            config.Get("logpushDestination") is { Length: > 0 } destination ? destination : null);
    }

    private static Dictionary<string, string> ParsePairs(string key, string text)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !pairs.TryAdd(parts[0], parts[1]))
            {
                throw new ArgumentException($"identity-fabric:{key} must be comma-separated name=id pairs with unique names; '{item}' is not");
            }
        }

        return pairs;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>Pulumi.yaml</c>.</summary>
    /// <param name="start">Where to start looking (the program's working directory).</param>
    public static string FindProjectRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
