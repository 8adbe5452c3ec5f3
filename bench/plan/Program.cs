using System.Diagnostics;
using System.Globalization;
using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;
using IdentityFabric.Cli.Planning;
using IdentityFabric.Stacks;

// Usage: [runs] [stack] [sizes, comma-separated]. Plans the stack with generated catalogs (5 routes per service) in
// process, after one warm-up plan, and prints the median wall time per size and the ratio of the largest to the smallest.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var stack = args.Length > 1 ? args[1] : "dev";
var sizes = (args.Length > 2 ? args[2] : "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

var root = StackConfiguration.FindProjectRoot(Directory.GetCurrentDirectory());
var work = Directory.CreateTempSubdirectory("plan-bench-");
try
{
    var medians = new Dictionary<int, double>();
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

    Console.WriteLine($"plan benchmark: stack {stack}, {runs} run(s) per size, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    var warmup = await PlanOnceAsync(Math.Min(10, sizes.Min()));
    Console.WriteLine($"warm-up ({Math.Min(10, sizes.Min())} services): {warmup.Seconds:F2} s, {warmup.Resources} resources");

    foreach (var size in sizes)
    {
        var times = new List<double>();
        var resources = 0;
        for (var i = 0; i < runs; i++)
        {
            (var seconds, resources) = await PlanOnceAsync(size);
            times.Add(seconds);
        }

        times.Sort();
        medians[size] = times[times.Count / 2];
        Console.WriteLine(
            $"{size,5} services, {size * 5,5} routes: {resources,6} resources, median {medians[size]:F2} s " +
            $"(runs: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s)");
    }

    if (sizes.Count > 1)
    {
        var (small, large) = (sizes.Min(), sizes.Max());
        Console.WriteLine($"ratio {large}/{small}: {medians[large] / medians[small]:F1} (linear would be {(double)large / small:F1})");
    }

    return 0;
}
finally
{
    work.Delete(recursive: true);
}
