using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IdentityFabric.Catalog.Bench;

/// <summary>
/// The large-input figures: a catalog of about 20 MB (177,000 services written one per line, as a generator or a
/// careless contributor would) loaded and validated in a fresh process, so that its peak memory is its own; and a
/// catalog over <see cref="CatalogLoader.MaxCatalogBytes"/>, which must be refused quickly with one clear error.
/// </summary>
internal static class BigCatalog
{
    private const string MeasureFlag = "--measure";
    private const string RefuseFlag = "--measure-refusal";

    /// <summary>Runs the child side when the arguments ask for it; null otherwise.</summary>
    public static int? RunChild(string[] args) => args switch
    {
        [MeasureFlag, var dir] => Measure(dir),
        [RefuseFlag, var dir] => Refuse(dir),
        _ => null,
    };

    /// <summary>Writes the catalogs, runs the children and prints their figures.</summary>
    public static void Report(int services, int runs)
    {
        var dir = Directory.CreateTempSubdirectory("catalog-bench-big-");
        try
        {
            var bytes = Write(dir.FullName, services);
            Console.WriteLine();
            Console.WriteLine($"large catalog: {services} services, 5000 routes; {bytes / (1024.0 * 1024):F1} MiB of YAML in 3 files " +
                              $"(limit {CatalogLoader.MaxCatalogBytes / (1024 * 1024)} MiB); each run in a fresh process");
            var lines = new List<string>();
            for (var i = 0; i < runs; i++)
            {
                lines.Add(Child(MeasureFlag, dir.FullName));
            }

            var figures = lines.Select(Parse).ToList();
            foreach (var line in lines)
            {
                Console.WriteLine("  " + line);
            }

            Console.WriteLine($"  median of {runs}: load + validate {Median(figures.Select(f => f.Wall)),8:F0} ms wall, {Median(figures.Select(f => f.Cpu)),8:F0} ms CPU, " +
                              $"peak memory {figures.Max(f => f.PeakMb),6:F0} MB (max)");
            Console.WriteLine($"  target (issue 17): < 3000 ms CPU and < 300 MB -> " +
                              $"{(Median(figures.Select(f => f.Cpu)) < 3000 && figures.Max(f => f.PeakMb) < 300 ? "met" : "MISSED")}");

            // Over the limit: the same services written until the catalog passes it.
            var over = Directory.CreateDirectory(Path.Combine(dir.FullName, "over"));
            var overBytes = WriteOverLimit(over.FullName);
            Console.WriteLine($"over the limit ({overBytes / (1024.0 * 1024):F1} MiB): {Child(RefuseFlag, over.FullName)}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static long Write(string dir, int services)
    {
        var utf8 = new UTF8Encoding(false);
        using (var w = new StreamWriter(Path.Combine(dir, "services.yaml"), false, utf8, 1 << 16))
        {
            WriteServices(w, services);
        }

        using (var w = new StreamWriter(Path.Combine(dir, "identity.yaml"), false, utf8))
        {
            w.Write("identityProviders:\n  - {name: okta, kind: oidc, issuer: \"https://login.example.com\", audiences: [api], jwksUrl: \"https://login.example.com/keys\"}\nroles:\n");
            for (var r = 0; r < 20; r++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"  - {{name: role{r:D2}, description: Role {r}., idpGroups: [group-{r:D2}]}}\n"));
            }

            w.Write("edges:\n");
            string[] methods = ["[GET, HEAD]", "[POST]", "[PUT, PATCH]", "[DELETE]", "[OPTIONS]"];
            for (var e = 0; e < 50; e++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"  - name: edge{e:D3}\n    hostnames: {{dev: edge{e:D3}.dev.example.com, staging: edge{e:D3}.staging.example.com, prod: edge{e:D3}.prod.example.com}}\n    routes:\n"));
                for (var r = e * 100; r < (e + 1) * 100; r++)
                {
                    var service = Name(r / 5 % services);
                    var who = r / 5 % 5 == 0 ? "public: true" : string.Create(CultureInfo.InvariantCulture, $"roles: [role{r % 20:D2}, role{(r + 7) % 20:D2}]");
                    w.Write(string.Create(CultureInfo.InvariantCulture,
                        $"      - {{name: route{r:D5}, path: /api/{service}/{r / 5}/, match: prefix, methods: {methods[r % 5]}, service: {service}, {who}}}\n"));
                }
            }
        }

        using (var w = new StreamWriter(Path.Combine(dir, "environments.yaml"), false, utf8, 1 << 16))
        {
            w.Write("environments:\n");
            string[] accounts = ["111111111111", "222222222222", "333333333333"];
            string[] names = ["dev", "staging", "prod"];
            string[] backends = ["appmesh", "lattice", "both"];
            for (var i = 0; i < 3; i++)
            {
                w.Write($"  - name: {names[i]}\n    awsAccountId: \"{accounts[i]}\"\n    awsRegion: eu-west-1\n");
                w.Write($"    cloudflare: {{accountId: \"{new string('a', 32)}\", zoneId: \"{new string((char)('b' + i), 32)}\", zoneName: {names[i]}.example.com}}\n");
                w.Write($"    mesh:\n      backend: {backends[i]}\n");
                if (names[i] == "prod")
                {
                    // The upper half runs on Lattice: services call only later ones, so none calls back into App Mesh.
                    w.Write("      latticeServices: [");
                    for (var s = services / 2; s < services; s++)
                    {
                        w.Write(s == services / 2 ? "" : ", ");
                        w.Write(Name(s));
                    }

                    w.Write("]\n");
                }
            }
        }

        return new DirectoryInfo(dir).EnumerateFiles().Sum(f => f.Length);
    }

    private static void WriteServices(StreamWriter w, int services)
    {
        w.Write("services:\n");
        string[] protocols = ["http", "http2", "grpc"];
        for (var i = 0; i < services; i++)
        {
            var protocol = protocols[i % 3];
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"  - {{name: {Name(i)}, protocol: {protocol}, port: {8000 + i % 1000}, healthCheck: {(protocol == "grpc" ? "{}" : "{path: /healthz}")}, calls: ["));
            for (var k = 1; k <= 2 && i + k < services; k++)
            {
                w.Write(k == 1 ? "" : ", ");
                w.Write(Name(i + k));
            }

            w.Write("]}\n");
        }
    }

    private static long WriteOverLimit(string dir)
    {
        var services = (int)(CatalogLoader.MaxCatalogBytes / 100) + 10_000;
        using var w = new StreamWriter(Path.Combine(dir, "services.yaml"), false, new UTF8Encoding(false), 1 << 16);
        WriteServices(w, services);
        w.Flush();
        return w.BaseStream.Length;
    }

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"svc{i:D6}");

    private static int Measure(string dir)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = CatalogLoader.Load(dir);
        clock.Stop();
        process.Refresh();
        var spent = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        foreach (var problem in result.Errors.Take(5))
        {
            Console.Error.WriteLine(problem);
        }

        var peak = PeakMegabytes(process);
        var live = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);

        // The share of validation alone (records already in memory), measured after the peak was read.
        var validateCpu = process.TotalProcessorTime;
        if (result.Catalog is { } catalog)
        {
            GC.KeepAlive(IdentityFabric.Catalog.Validation.CatalogValidator.Validate(catalog));
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Catalog?.Services.Count ?? 0} services, {result.Errors.Count()} errors: load + validate {clock.Elapsed.TotalMilliseconds,8:F0} ms wall, {spent,8:F0} ms CPU, peak memory {peak,6:F0} MB (live after loading {live:F0} MB); validate alone {(process.TotalProcessorTime - validateCpu).TotalMilliseconds:F0} ms CPU"));
        return 0;
    }

    private static int Refuse(string dir)
    {
        var clock = Stopwatch.StartNew();
        var result = CatalogLoader.Load(dir);
        clock.Stop();
        var problem = result.Errors.FirstOrDefault()?.ToString() ?? "NOT REFUSED";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"refused in {clock.Elapsed.TotalMilliseconds:F0} ms with {result.Errors.Count()} error(s): {problem[(problem.IndexOf("error:", StringComparison.Ordinal) is var at and >= 0 ? at : 0)..]}"));
        return 0;
    }

    /// <summary>The process's peak resident memory (VmHWM on Linux, else the peak working set).</summary>
    private static double PeakMegabytes(Process process)
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                return kb / 1024.0;
            }
        }

        return process.PeakWorkingSet64 / (1024.0 * 1024);
    }

    private static string Child(string flag, string dir)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BigCatalog).Assembly.Location);
        }

        start.ArgumentList.Add(flag);
        start.ArgumentList.Add(dir);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the measuring process did not start");
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        var problems = error.GetAwaiter().GetResult().Trim();
        return problems.Length == 0 ? output : output + " | first errors: " + problems.ReplaceLineEndings(" | ");
    }

    private static (double Wall, double Cpu, double PeakMb) Parse(string line)
    {
        static double After(string text, string marker, string unit)
        {
            var end = text.IndexOf(unit, text.IndexOf(marker, StringComparison.Ordinal) + marker.Length, StringComparison.Ordinal);
            var start = text.LastIndexOf(' ', end - 2) + 1;
            return double.Parse(text[start..end].Trim(), CultureInfo.InvariantCulture);
        }

        return (After(line, "load + validate", " ms wall"), After(line, "wall,", " ms CPU"), After(line, "peak memory", " MB"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
