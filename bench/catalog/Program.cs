using System.Diagnostics;
using IdentityFabric.Catalog;
using IdentityFabric.Catalog.Bench;
using IdentityFabric.Catalog.Validation;

// Usage: [runs] [services] [routes] [large-catalog services, 0 to skip]
if (BigCatalog.RunChild(args) is { } childExit)
{
    return childExit;
}

var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 7;
var serviceCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var routeCount = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5000;
var bigServices = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 177_000;

var generated = CatalogGenerator.Generate(serviceCount, routeCount);
var dir = Directory.CreateTempSubdirectory("catalog-bench-");
try
{
    // Split as a team would: one file per section kind, so the loader merges several files.
    File.WriteAllText(Path.Combine(dir.FullName, "identity.yaml"), CatalogWriter.Write(generated with { Services = [], Secrets = [], Environments = [] }));
    File.WriteAllText(Path.Combine(dir.FullName, "services.yaml"), CatalogWriter.Write(Only(generated) with { Services = generated.Services, Secrets = generated.Secrets }));
    File.WriteAllText(Path.Combine(dir.FullName, "environments.yaml"), CatalogWriter.Write(Only(generated) with { Environments = generated.Environments }));
    var bytes = dir.EnumerateFiles().Sum(f => f.Length);

    var cold = Stopwatch.StartNew();
    var first = CatalogLoader.Load(dir.FullName);
    cold.Stop();
    if (first.HasErrors || first.Catalog is null)
    {
        Console.Error.WriteLine("the generated catalog is invalid:");
        foreach (var problem in first.Errors.Take(20))
        {
            Console.Error.WriteLine(problem);
        }

        return 1;
    }

    var catalog = first.Catalog;
    Console.WriteLine($"catalog: {catalog.Services.Count} services, {catalog.AllRoutes.Count()} routes, {catalog.Edges.Count} entry points, " +
                      $"{catalog.Secrets.Count} secrets, {catalog.Environments.Count} environments; {bytes / 1024} KiB of YAML in 3 files; " +
                      $"{first.Problems.Count} problems");

    var load = new List<double>();
    var loadCpu = new List<double>();
    var validate = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = CatalogLoader.Load(dir.FullName);
        sw.Stop();
        process.Refresh();
        load.Add(sw.Elapsed.TotalMilliseconds);
        loadCpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        if (result.Problems.Count != first.Problems.Count)
        {
            throw new InvalidOperationException("runs disagree");
        }

        sw.Restart();
        var problems = CatalogValidator.Validate(catalog);
        sw.Stop();
        validate.Add(sw.Elapsed.TotalMilliseconds);
        GC.KeepAlive(problems);
    }

    Console.WriteLine($"first load (cold, incl. JIT):         {cold.Elapsed.TotalMilliseconds,8:F1} ms");
    Console.WriteLine($"load + validate (read, parse, check): median {Median(load),8:F1} ms   min {load.Min(),8:F1}   max {load.Max(),8:F1}   ({runs} runs)");
    Console.WriteLine($"  CPU time of load + validate:         median {Median(loadCpu),8:F1} ms   (all threads, incl. GC; steadier than wall time on a busy machine)");
    Console.WriteLine($"validate only (records in memory):    median {Median(validate),8:F1} ms   min {validate.Min(),8:F1}   max {validate.Max(),8:F1}   ({runs} runs)");
    Console.WriteLine($"target: load + validate < 2000 ms (median wall time) -> {(Median(load) < 2000 ? "met" : "MISSED")}");
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    if (bigServices > 0)
    {
        BigCatalog.Report(bigServices, runs: 3);
    }

    return 0;
}
finally
{
    dir.Delete(recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

static IdentityCatalog Only(IdentityCatalog c) => c with
{
    IdentityProviders = [], Roles = [], Services = [], Edges = [], BrowserApps = [], MachineClients = [], Secrets = [], Environments = [],
};
