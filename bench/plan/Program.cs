using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;
using IdentityFabric.Cli.Planning;
using IdentityFabric.Stacks;

// Usage: [runs] [stack] [sizes, comma-separated]. Plans the stack with generated catalogs (5 routes per service) and
// prints, per size, the median wall time and the peak memory of the process that planned it, then the ratio of the
// largest size's time to the smallest's. Each size runs in a process of its own (after one warm-up plan), so its peak
// memory is its own and not the high-water mark of a larger size planned before it.
const string OneSizeFlag = "--one-size";
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var stack = args.Length > 1 ? args[1] : "dev";
var sizes = (args.Length > 2 ? args[2] : "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

if (args.Contains(OneSizeFlag))
{
    return await PlanOneSizeAsync(runs, stack, sizes.Single());
}

Console.WriteLine($"plan benchmark: stack {stack}, {runs} run(s) per size, {Environment.ProcessorCount} cores, .NET {Environment.Version}, one process per size");
var medians = new Dictionary<int, double>();
foreach (var size in sizes)
{
    var median = RunSizeInChildProcess(runs, stack, size);
    if (median is null)
    {
        return 1;
    }

    medians[size] = median.Value;
}

if (sizes.Count > 1)
{
    var (small, large) = (sizes.Min(), sizes.Max());
    Console.WriteLine($"ratio {large}/{small}: {medians[large] / medians[small]:F1} (linear would be {(double)large / small:F1})");
}

return 0;

// Runs this program again for one size and passes its lines through; returns the median it reported.
static double? RunSizeInChildProcess(int runs, string stack, int size)
{
    var host = Environment.ProcessPath ?? throw new InvalidOperationException("the benchmark cannot find its own executable");
    var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
    {
        start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
    }

    foreach (var argument in new[] { runs.ToString(CultureInfo.InvariantCulture), stack, size.ToString(CultureInfo.InvariantCulture), OneSizeFlag })
    {
        start.ArgumentList.Add(argument);
    }

    using var child = Process.Start(start) ?? throw new InvalidOperationException("the benchmark could not start a child process");
    double? median = null;
    while (child.StandardOutput.ReadLine() is { } line)
    {
        if (line.StartsWith("median-seconds ", StringComparison.Ordinal))
        {
            median = double.Parse(line["median-seconds ".Length..], CultureInfo.InvariantCulture);
            continue;
        }

        Console.WriteLine(line);
    }

    child.WaitForExit();
    if (child.ExitCode != 0 || median is null)
    {
        Console.Error.WriteLine($"the plan of {size} services failed (exit code {child.ExitCode})");
        return null;
    }

    return median;
}

// One size in this process: a warm-up plan, then the timed runs, then the process's peak memory.
static async Task<int> PlanOneSizeAsync(int runs, string stack, int size)
{
    var root = StackConfiguration.FindProjectRoot(Directory.GetCurrentDirectory());
    var work = Directory.CreateTempSubdirectory("plan-bench-");
    try
    {
        StackConfiguration ConfigurationFor(int services)
        {
            var dir = Path.Combine(work.FullName, services.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(dir))
            {
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "catalog.yaml"), CatalogWriter.Write(CatalogGenerator.Generate(services, services * 5)));
            }

            return StackConfiguration.Load(root, stack).With("catalogPath", dir);
        }

        async Task<(double Seconds, int Resources)> PlanOnceAsync(int services)
        {
            var configuration = ConfigurationFor(services);
            var clock = Stopwatch.StartNew();
            var result = await PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);
            var json = PlanJson.Write(result.Plan);
            clock.Stop();
            GC.KeepAlive(json);
            return (clock.Elapsed.TotalSeconds, result.Plan.Resources.Count(r => !r.IsGrouping));
        }

        var warmupSize = Math.Min(10, size);
        var warmup = await PlanOnceAsync(warmupSize);
        Console.WriteLine($"warm-up ({warmupSize} services): {warmup.Seconds:F2} s, {warmup.Resources} resources");

        var times = new List<double>();
        var resources = 0;
        for (var i = 0; i < runs; i++)
        {
            (var seconds, resources) = await PlanOnceAsync(size);
            times.Add(seconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peakGiB = self.PeakWorkingSet64 / (1024.0 * 1024 * 1024);
        var allocatedGiB = GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024);
        Console.WriteLine(
            $"{size,5} services, {size * 5,5} routes: {resources,6} resources, median {median:F2} s " +
            $"(runs: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s), " +
            $"peak memory {peakGiB:F2} GiB");
        Console.WriteLine(
            $"       process totals (warm-up included): cpu {self.TotalProcessorTime.TotalSeconds:F1} s, {allocatedGiB:F1} GiB allocated, " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F1} s, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        Console.WriteLine($"median-seconds {median.ToString("R", CultureInfo.InvariantCulture)}");
        return 0;
    }
    finally
    {
        work.Delete(recursive: true);
    }
}
