using System.Diagnostics;
using System.Globalization;
using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;
using IdentityFabric.Cli.Planning;
using IdentityFabric.Stacks;

// Usage: [runs] [stacks, comma-separated] [sizes, comma-separated]. Plans each stack with generated catalogs (5 routes
// per service) in process, after one warm-up plan, and prints per stack and size the median wall time of the plan,
// the median time of its cloud preflight and the preflight's share, the preflight's error and warning counts, and the
// ratio of the largest size's plan time to the smallest's.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var stacks = (args.Length > 1 ? args[1] : "dev").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var sizes = (args.Length > 2 ? args[2] : "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

var root = StackConfiguration.FindProjectRoot(Directory.GetCurrentDirectory());
var work = Directory.CreateTempSubdirectory("plan-bench-");
var failed = false;
try
{
    StackConfiguration ConfigurationFor(string stack, int services)
    {
        var dir = Path.Combine(work.FullName, services.ToString(CultureInfo.InvariantCulture));
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "catalog.yaml"), CatalogWriter.Write(CatalogGenerator.Generate(services, services * 5)));
        }

        return StackConfiguration.Load(root, stack).With("catalogPath", dir);
    }

    async Task<(double Seconds, double Preflight, PlanResult Result)> PlanOnceAsync(string stack, int services)
    {
        var configuration = ConfigurationFor(stack, services);
        var clock = Stopwatch.StartNew();
        var result = await PlanRunner.RunAsync(configuration, StackPlanner.PlanAsync<FabricStack>, TextWriter.Null);
        var json = PlanJson.Write(result.Plan, result.Preflight);
        clock.Stop();
        GC.KeepAlive(json);
        return (clock.Elapsed.TotalSeconds, result.PreflightTime.TotalSeconds, result);
    }

    Console.WriteLine($"plan benchmark: stacks {string.Join(", ", stacks)}, {runs} run(s) per size, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    var warmup = await PlanOnceAsync(stacks[0], Math.Min(10, sizes.Min()));
    Console.WriteLine($"warm-up ({Math.Min(10, sizes.Min())} services): {warmup.Seconds:F2} s, {warmup.Result.Plan.Resources.Count(r => !r.IsGrouping)} resources");

    foreach (var stack in stacks)
    {
        var medians = new Dictionary<int, double>();
        foreach (var size in sizes)
        {
            var times = new List<double>();
            var preflightTimes = new List<double>();
            PlanResult? last = null;
            for (var i = 0; i < runs; i++)
            {
                double seconds, preflight;
                PlanResult result;
                try
                {
                    (seconds, preflight, result) = await PlanOnceAsync(stack, size);
                }
                catch (Exception failure) when (failure is PlanException or CatalogException)
                {
                    Console.WriteLine($"{stack,-8} {size,5} services: the plan failed: {failure.Message.Split('\n')[0]}");
                    failed = true;
                    break;
                }

                times.Add(seconds);
                preflightTimes.Add(preflight);
                last = result;
            }

            if (last is null)
            {
                continue;
            }

            times.Sort();
            preflightTimes.Sort();
            medians[size] = times[times.Count / 2];
            var preflightMedian = preflightTimes[preflightTimes.Count / 2];
            var report = last!.Preflight;
            Console.WriteLine(
                $"{stack,-8} {size,5} services, {size * 5,5} routes: {last.Plan.Resources.Count(r => !r.IsGrouping),6} resources, " +
                $"plan median {medians[size]:F2} s (runs: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s); " +
                $"preflight median {preflightMedian:F3} s = {100 * preflightMedian / medians[size]:F1} % of the plan; " +
                $"preflight {report.Errors.Count()} error(s), {report.Warnings.Count()} warning(s)");
            foreach (var finding in report.Findings.Take(8))
            {
                Console.WriteLine($"    {finding}");
            }

            failed |= !report.Passed;
        }

        if (sizes.Count > 1 && sizes.All(medians.ContainsKey))
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            Console.WriteLine($"{stack,-8} ratio {large}/{small}: {medians[large] / medians[small]:F1} (linear would be {(double)large / small:F1})");
        }
    }

    return failed ? 1 : 0;
}
finally
{
    work.Delete(recursive: true);
}
