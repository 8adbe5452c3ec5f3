using IdentityFabric.Catalog;
using IdentityFabric.Cli.Planning.Access;
using IdentityFabric.Components.Edge.Worker;
using IdentityFabric.Components.Preflight;
using IdentityFabric.Components.Topology;
using IdentityFabric.Stacks;

namespace IdentityFabric.Cli.Planning;

/// <summary>Runs the program of a stack under the recording mocks and returns its plan.</summary>
/// <param name="configuration">The stack's configuration.</param>
/// <param name="mocks">The mocks to run under.</param>
public delegate Task<StackPlan> ProgramRunner(StackConfiguration configuration, RecordingMocks mocks);

/// <summary>A plan, the topology of the environment it deploys, and what the cloud preflight found in it.</summary>
/// <param name="Plan">The resources.</param>
/// <param name="Topology">The catalog's picture of the environment (for the trust-chain diagram).</param>
/// <param name="Preflight">The preflight's findings.</param>
public sealed record PlanResult(StackPlan Plan, MeshTopology Topology, PreflightReport Preflight)
{
    /// <summary>How long the preflight took (part of the plan's time; the benchmark reports its share).</summary>
    public TimeSpan PreflightTime => StepTimes.FirstOrDefault(s => s.Step == "preflight").Time;

    /// <summary>How long each step of the plan took, in order (catalog, program, preflight, access model): the
    /// benchmark prints them.</summary>
    public IReadOnlyList<(string Step, TimeSpan Time)> StepTimes { get; init; } = [];
}

/// <summary>
/// The steps of <c>plan</c>: open the stack's catalog the way the program will (so catalog errors print as
/// file:line:col before anything runs), make sure there is a Worker bundle to read, run the program, then run the
/// cloud preflight over what it planned.
/// </summary>
public static class PlanRunner
{
    /// <summary>Loads, validates and resolves the catalog the configuration names.</summary>
    /// <param name="configuration">The stack's configuration.</param>
    /// <exception cref="CatalogException">The catalog or the environment has errors.</exception>
    public static EnvironmentView OpenCatalog(StackConfiguration configuration) => Open(configuration).View;

    private static (EnvironmentView View, List<string> Paths, string Environment, List<string> Warnings) Open(StackConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var paths = StackSettings.CatalogPathsOf(configuration.Get("catalogPath"), configuration.ProjectRoot);
        var environment = configuration.Get("environment") ?? configuration.StackName;
        var loaded = CatalogLoader.Load(paths);
        var catalog = loaded.GetValidCatalog();
        return (EnvironmentResolver.Resolve(catalog, environment).GetView(), paths, environment, loaded.Warnings.Select(w => w.ToString()).ToList());
    }

    /// <summary>
    /// Refuses a stack whose <c>aws:region</c> differs from the catalog's region for its environment (the program
    /// refuses it too), pointing at the setting in the stack file.
    /// </summary>
    /// <param name="configuration">The stack's configuration.</param>
    /// <param name="environment">The catalog environment the stack deploys.</param>
    /// <exception cref="PlanException">The regions differ; the message is one located line.</exception>
    public static void CheckRegion(StackConfiguration configuration, DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.Values.GetValueOrDefault("aws:region");
        if (string.IsNullOrWhiteSpace(configured) || string.Equals(configured, environment.AwsRegion, StringComparison.Ordinal))
        {
            return;
        }

        var stackFile = Path.Combine(configuration.ProjectRoot, $"Pulumi.{configuration.StackName}.yaml");
        var (line, column) = KeyPosition(stackFile, "aws:region");
        throw new PlanException(PlanFailures.Located(stackFile, line, column,
            $"aws:region is '{configured}', but the catalog puts environment '{environment.Name}' in region '{environment.AwsRegion}' " +
            $"({environment.Location}); set aws:region to {environment.AwsRegion} or remove it"));
    }

    /// <summary>Where a config key is written in a stack file (line 1 when it is not, e.g. given by --config).</summary>
    private static (int Line, int Column) KeyPosition(string file, string key)
    {
        try
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i].TrimStart();
                if (text.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    return (i + 1, lines[i].Length - text.Length + 1);
                }
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The location is a courtesy; the refusal stands without it.
        }

        return (1, 1);
    }

    /// <summary>
    /// The configuration with Worker bundles that exist: the edge Worker's, and where the environment federates, the
    /// federation Worker's. The bundles are built by <c>npm run build</c> in <c>workers-js</c>; one that has not been
    /// built is replaced by a fixed placeholder (and a warning says so), so the plan still shows every resource — only
    /// that Worker script's content differs from a real deployment.
    /// </summary>
    /// <param name="configuration">The stack's configuration.</param>
    /// <param name="environment">The catalog environment the stack deploys.</param>
    /// <param name="warnings">Where the warnings go.</param>
    public static StackConfiguration WithWorkerBundles(StackConfiguration configuration, DeploymentEnvironment environment, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(warnings);
        var ready = WithBundle(configuration, "workerBundle", StackSettings.DefaultWorkerBundle, "Worker", "worker-bundle-placeholder.js", warnings);
        return FederationConfigDocument.Federates(environment)
            ? WithBundle(ready, "federationWorkerBundle", StackSettings.DefaultFederationWorkerBundle, "federation Worker", "federation-worker-bundle-placeholder.js", warnings)
            : ready;
    }

    private static StackConfiguration WithBundle(
        StackConfiguration configuration, string key, string defaultPath, string what, string placeholderName, TextWriter warnings)
    {
        var configured = configuration.Get(key) ?? defaultPath;
        var path = Path.GetFullPath(configured, configuration.ProjectRoot);
        if (File.Exists(path))
        {
            return configuration;
        }

        var placeholder = Path.Combine(Path.GetTempPath(), "identity-fabric-plan", placeholderName);
        Directory.CreateDirectory(Path.GetDirectoryName(placeholder)!);
        File.WriteAllText(placeholder, $"// Placeholder: the {what} bundle was not built when this plan was made.\nexport default {{ async fetch() {{ return new Response(null, {{ status: 503 }}); }} }};\n");
        warnings.WriteLine($"warning: {configured} is not built (run `npm ci && npm run build` in workers-js); planning with a placeholder {what} bundle");
        return configuration.With(key, placeholder);
    }

    /// <summary>Plans a stack.</summary>
    /// <param name="configuration">The stack's configuration.</param>
    /// <param name="program">Runs the program.</param>
    /// <param name="warnings">Where warnings go.</param>
    /// <exception cref="CatalogException">The catalog has errors.</exception>
    /// <exception cref="PlanException">The program failed.</exception>
    public static async Task<PlanResult> RunAsync(StackConfiguration configuration, ProgramRunner program, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(program);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var steps = new List<(string Step, TimeSpan Time)>();
        void Step(string name)
        {
            steps.Add((name, clock.Elapsed));
            clock.Restart();
        }

        var (view, paths, environment, catalogWarnings) = Open(configuration);
        CheckRegion(configuration, view.Environment);
        var ready = WithWorkerBundles(configuration, view.Environment, warnings);
        Step("catalog");
        var mocks = new RecordingMocks(view.Environment.AwsAccountId, view.Environment.AwsRegion);
        StackPlan plan;
        using (CatalogGate.Reusing(paths, environment, catalogWarnings, view))
        {
            // The program opens the same catalog: it gets the view just validated rather than reading it again.
            plan = await program(ready, mocks).ConfigureAwait(false);
        }

        var topology = MeshTopologyBuilder.Build(view);
        Step("program");
        var preflight = PlanPreflight.Run(plan, new SecretMasker(mocks.GeneratedSecrets), view.Environment.Cloudflare.ZoneName);
        Step("preflight");
        var access = EffectiveAccessBuilder.Build(view, topology);
        Step("access");
        return new PlanResult(plan with { Access = access }, topology, preflight) { StepTimes = steps };
    }
}
