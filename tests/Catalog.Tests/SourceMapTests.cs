namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// Every node's position is found again by its field path, however the loader recorded it (by a path built field by
/// field, without spelling it out) and however the map answers (by scanning, or by its index once asked often).
/// </summary>
public sealed class SourceMapTests
{
    [TestCase("services", null, -1)]
    [TestCase("services", null, 0)]
    [TestCase("services[3]", "calls", -1)]
    [TestCase("services[3]", "calls", 1)]
    [TestCase("services[123456]", "healthCheck", -1)]
    [TestCase("", "environments", -1)]
    [TestCase("", "services", 17)]
    [TestCase("edges[0].hostnames", "dev", -1)]
    public void AKeyBuiltFieldByFieldIsTheKeyOfTheSpelledPath(string parent, string? field, int index)
    {
        var key = PathKey.Of("catalog/services.yaml", parent);
        var path = parent;
        if (field is not null)
        {
            key = key.Field(field);
            path = FieldPath.Combine(parent, field);
        }

        if (index >= 0)
        {
            key = key.Index(index);
            path = FieldPath.Index(path, index);
        }

        Assert.That(key.Hash, Is.EqualTo(PathKey.Of("catalog/services.yaml", path).Hash), path);
        Assert.That(key.Hash, Is.Not.EqualTo(PathKey.Of("catalog/other.yaml", path).Hash), "the file is part of the key");
    }

    [Test]
    public void EachFieldOfAOneLineServiceIsFoundAtItsOwnColumnBeforeAndAfterTheMapBuildsItsIndex()
    {
        var text = "services:\n" +
                   "  - {name: svc-a, protocol: http, port: 8080, healthCheck: {path: /healthz}, calls: [front, svc-b]}\n" +
                   "  - {name: svc-b, protocol: grpc, port: 8081, healthCheck: {}}\n";
        var result = CatalogLoader.LoadText([("base.yaml", TestCatalogs.Base), ("more.yaml", text)]);
        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Lines()));
        var catalog = result.Catalog!;
        var service = catalog.Services.Single(s => s.Name == "svc-a");
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("name: svc-a", StringComparison.Ordinal)) + 1;
        var source = text.Split('\n')[line - 1];
        var expected = new (string Field, int? Index, string Text)[]
        {
            ("name", null, "svc-a"),
            ("port", null, "8080"),
            ("healthCheck", null, "{path"),
            ("calls", null, "[front"),
            ("calls", 0, "front"),
            ("calls", 1, "svc-b]"),
        };

        // Many lookups: the first are answered by scanning, the later ones by the index; both must agree.
        for (var round = 0; round < 10; round++)
        {
            foreach (var (field, index, found) in expected)
            {
                var at = catalog.Sources.Field(service.Location, field, index);
                Assert.That((at.Line, at.Column), Is.EqualTo((line, source.IndexOf(found, StringComparison.Ordinal) + 1)), $"{field}[{index}] in round {round}");
            }
        }

        Assert.That(catalog.Sources.Count, Is.GreaterThan(expected.Length));
    }

    [Test]
    public void AServiceNameAndEveryCallThatReachesItShareOneString()
    {
        var text = "services:\n" +
                   "  - {name: svc-a, protocol: http, port: 8080, healthCheck: {path: /healthz}, calls: [svc-b]}\n" +
                   "  - {name: svc-b, protocol: http, port: 8081, healthCheck: {path: /healthz}, calls: [svc-a]}\n";
        var catalog = CatalogLoader.LoadText([("base.yaml", TestCatalogs.Base), ("more.yaml", text)]).Catalog!;
        var a = catalog.Services.Single(s => s.Name == "svc-a");
        var b = catalog.Services.Single(s => s.Name == "svc-b");

        Assert.That(ReferenceEquals(a.Calls[0], b.Name), Is.True, "a large catalog keeps one copy of each name");
        Assert.That(ReferenceEquals(b.Calls[0], a.Name), Is.True);
        Assert.That(ReferenceEquals(a.HealthCheck.Path, b.HealthCheck.Path), Is.True);
    }
}
