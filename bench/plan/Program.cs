using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;
using IdentityFabric.Cli.Planning;
using IdentityFabric.Components.Preflight;
using IdentityFabric.Stacks;

// Usage: [runs] [stacks, comma-separated] [sizes, comma-separated]. Plans each stack with generated catalogs (5 routes
// per service) and prints per stack and size the median wall time of the plan, the peak memory of the process that
// planned it with its CPU, allocation and GC totals, the median time of its cloud preflight and the preflight's share,
// the preflight's error and warning counts, and the ratio of the largest size's plan time to the smallest's. Each
// stack and size runs in a process of its own (after one warm-up plan), so its peak memory is its own and not the
// high-water mark of a larger size planned before it. Exit 1 when a plan fails or the preflight refuses a catalog.
const string OneSizeFlag = "--one-size";
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var stacks = (args.Length > 1 ? args[1] : "dev").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var sizes = (args.Length > 2 ? args[2] : "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

if (args.Contains(OneSizeFlag))
{
    return await PlanOneSizeAsync(runs, stacks.Single(), sizes.Single());
}

Console.WriteLine($"plan benchmark: stacks {string.Join(", ", stacks)}, {runs} run(s) per size, {Environment.ProcessorCount} cores, .NET {Environment.Version}, one process per stack and size");
var failed = false;
foreach (var stack in stacks)
{
    var medians = new Dictionary<int, double>();
    foreach (var size in sizes)
    {
        var (median, passed) = RunSizeInChildProcess(runs, stack, size);
        failed |= !passed;
        if (median is { } seconds)
        {
            medians[size] = seconds;
        }
    }

    if (sizes.Count > 1 && sizes.All(medians.ContainsKey))
    {
        var (small, large) = (sizes.Min(), sizes.Max());
        Console.WriteLine($"{stack,-8} ratio {large}/{small}: {medians[large] / medians[small]:F1} (linear would be {(double)large / small:F1})");
    }
}

return failed ? 1 : 0;

// Runs this program again for one stack and size and passes its lines through; returns the median it reported (null
// when the plan failed) and whether it passed.
static (double? Median, bool Passed) RunSizeInChildProcess(int runs, string stack, int size)
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
    if (median is null)
    {
        Console.Error.WriteLine($"the plan of stack {stack} with {size} services failed (exit code {child.ExitCode})");
    }

    return (median, child.ExitCode == 0 && median is not null);
}

// One stack and size in this process: a warm-up plan, then the timed runs, then the process's peak memory.
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

        // What `plan STACK --format json --out FILE` does: run the program, the preflight and the access model, then stream
        // the JSON to a file. Only the figures are kept, so one run's plan is garbage before the next run starts.
        async Task<(double Seconds, double Preflight, int Resources, long JsonBytes, PreflightReport Report, string Steps)> PlanOnceAsync(int services)
        {
            var configuration = ConfigurationFor(services);
            var output = Path.Combine(work.FullName, "plan.json");
            var clock = Stopwatch.StartNew();
            var result = await PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);
            using (var stream = File.Create(output))
            {
                PlanJson.Write(result.Plan, result.Preflight, stream);
            }

            var json = clock.Elapsed - result.StepTimes.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Time);
            clock.Stop();
            var steps = string.Join(", ", result.StepTimes.Append(("json", json)).Select(s => $"{s.Item1} {s.Item2.TotalSeconds:F2} s"));
            return (clock.Elapsed.TotalSeconds, result.PreflightTime.TotalSeconds, result.Plan.Resources.Count(r => !r.IsGrouping),
                new FileInfo(output).Length, result.Preflight, steps);
        }

        var warmupSize = Math.Min(10, size);
        try
        {
            var warmup = await PlanOnceAsync(warmupSize);
            Console.WriteLine($"warm-up ({warmupSize} services): {warmup.Seconds:F2} s, {warmup.Resources} resources");
        }
        catch (Exception failure) when (failure is PlanException or CatalogException)
        {
            Console.WriteLine($"{stack,-8} warm-up ({warmupSize} services): the plan failed: {failure.Message.Split('\n')[0]}");
            return 1;
        }

        var (jitMethodsBefore, jitTimeBefore) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var times = new List<double>();
        var preflightTimes = new List<double>();
        (double Seconds, double Preflight, int Resources, long JsonBytes, PreflightReport Report, string Steps)? last = null;
        for (var i = 0; i < runs; i++)
        {
            try
            {
                last = await PlanOnceAsync(size);
                times.Add(last.Value.Seconds);
                preflightTimes.Add(last.Value.Preflight);
            }
            catch (Exception failure) when (failure is PlanException or CatalogException)
            {
                Console.WriteLine($"{stack,-8} {size,5} services: the plan failed: {failure.Message.Split('\n')[0]}");
                return 1;
            }
        }

        times.Sort();
        preflightTimes.Sort();
        var median = times[times.Count / 2];
        var preflightMedian = preflightTimes[preflightTimes.Count / 2];
        var report = last!.Value.Report;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peakGiB = self.PeakWorkingSet64 / (1024.0 * 1024 * 1024);
        var allocatedGiB = GC.GetTotalAllocatedBytes() / (1024.0 * 1024 * 1024);
        Console.WriteLine(
            $"{stack,-8} {size,5} services, {size * 5,5} routes: {last.Value.Resources,6} resources ({last.Value.JsonBytes / (1024.0 * 1024):F0} MiB of plan JSON), " +
            $"plan median {median:F2} s (runs: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s), " +
            $"peak memory {peakGiB:F2} GiB; " +
            $"preflight median {preflightMedian:F3} s = {100 * preflightMedian / median:F1} % of the plan; " +
            $"preflight {report.Errors.Count()} error(s), {report.Warnings.Count()} warning(s)");
        Console.WriteLine($"       steps of the last run: {last.Value.Steps}");
        Console.WriteLine(
            $"       process totals (warm-up included): cpu {self.TotalProcessorTime.TotalSeconds:F1} s, {allocatedGiB:F1} GiB allocated, " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F1} s, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F1} s " +
            $"({System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore} in {(System.Runtime.JitInfo.GetCompilationTime() - jitTimeBefore).TotalSeconds:F1} s during the timed runs)");
        foreach (var finding in report.Findings.Take(8))
        {
            Console.WriteLine($"    {finding}");
        }

        Console.WriteLine($"median-seconds {median.ToString("R", CultureInfo.InvariantCulture)}");
        return report.Passed ? 0 : 1;
    }
    finally
    {
        work.Delete(recursive: true);
    }
}
