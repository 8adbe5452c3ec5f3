namespace IdentityFabric.Catalog.Tests;

/// <summary>Bad input of every shape becomes one clear problem line each, never an exception.</summary>
public sealed class StructuralProblemTests
{
    [Test]
    public void AMissingFileIsOneLineAndNoCatalog()
    {
        var result = CatalogLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-dir", "missing.yaml"));

        Assert.That(result.Catalog, Is.Null);
        Assert.That(result.Lines(), Has.Count.EqualTo(1));
        Assert.That(result.Lines()[0], Does.EndWith("missing.yaml:1:1: error: no such file or directory"));
    }

    [TestCase("")]
    [TestCase("   \n\n")]
    [TestCase("# only a comment\n# and another\n")]
    [TestCase("---\n...\n")]
    public void AnEmptyFileIsOneLine(string text)
    {
        var result = CatalogLoader.LoadText("empty.yaml", text);

        Assert.That(result.Lines(), Is.EqualTo(new[] { "empty.yaml:1:1: error: the file is empty (expected catalog sections such as 'services:')" }));
    }

    [TestCase("services:\n  - name: a\n    port: [\n", "bad.yaml:4:1: error: YAML syntax error: ")]
    [TestCase("services:\n  - name: \"unterminated\n", "bad.yaml:")]
    [TestCase("services:\n\t- name: tab\n", "bad.yaml:")]
    [TestCase("services: *nowhere\n", "bad.yaml:1:11: error: YAML syntax error: ")]
    [TestCase("...\n...\nservices: [\n", "bad.yaml:")]
    [TestCase("services: !<> x\n", "bad.yaml:1:")]
    public void AYamlSyntaxErrorIsOneLineWithItsPosition(string text, string expectedStart)
    {
        var result = CatalogLoader.LoadText("bad.yaml", text);

        Assert.That(result.Lines(), Has.Count.EqualTo(1));
        Assert.That(result.Lines()[0], Does.StartWith(expectedStart).And.Contains("error: YAML syntax error: "));
        Assert.That(result.Lines()[0], Does.Not.Contain("\n").And.Not.Contain("   at "));
    }

    [Test]
    public void AFileThatCannotBeParsedIsNamedAsTheCauseOfUnknownReferences()
    {
        var result = CatalogLoader.LoadText(
        [
            ("base.yaml", TestCatalogs.Base),
            ("services.yaml", "services:\n  - name: extra\n    port: [\n"),
        ]);

        Assert.That(result.Errors.Select(p => p.Location.File), Has.Member("services.yaml"));
        Assert.That(result.Lines(), Has.Some.StartsWith("services.yaml:1:1: warning: ").And.Contains("checks across files ran without it"));
        Assert.That(result.HasErrors, Is.True, "an incomplete catalog is never valid");
    }

    [Test]
    public void AProblemWithTheWholeCatalogPointsAtItsFirstFile()
    {
        var result = CatalogLoader.LoadText("only-services.yaml", "services: []\n");

        Assert.That(result.Lines(), Has.Some.StartsWith("only-services.yaml:1:1: error: ").And.Contains("no environments"));
        Assert.That(result.Lines(), Has.None.Contains("<code>"));
    }

    [Test]
    public void DeeplyNestedInputIsRefusedInOneLine()
    {
        var text = "services: " + new string('[', 500) + new string(']', 500) + "\n";

        var result = CatalogLoader.LoadText("deep.yaml", text);

        Assert.That(result.Lines(), Has.Count.EqualTo(1));
        Assert.That(result.Lines()[0], Does.Contain("nesting deeper than 64 levels"));
    }

    [Test]
    public void BinaryGarbageIsOneLine()
    {
        var result = CatalogLoader.LoadText("garbage.yaml", "\u0000\u0001\u0002 services: [\u0007");

        Assert.That(result.Lines(), Has.Count.EqualTo(1));
        Assert.That(result.Lines()[0], Does.StartWith("garbage.yaml:").And.Contains(": error: "));
    }

    [TestCase("- services\n", "doc.yaml:1:1: error: expected a mapping, got a list")]
    [TestCase("just text\n", "doc.yaml:1:1: error: expected a mapping, got a string ('just text')")]
    [TestCase("services: {}\n", "doc.yaml:1:11: error: services: expected a list, got a mapping")]
    [TestCase("services:\n  - web\n", "doc.yaml:2:5: error: services[0]: expected a mapping, got a string ('web')")]
    public void TheWrongShapeIsOneLine(string text, string expected)
    {
        var result = CatalogLoader.LoadText("doc.yaml", text);

        Assert.That(result.Lines(), Has.Member(expected));
    }

    private const string Service = """
        services:
          - name: web
            protocol: http
            port: PORT
            healthCheck: { path: /h }
        """;

    [TestCase("\"8080\"", "doc.yaml:4:11: error: services[0].port: expected an integer, got a string ('8080')")]
    [TestCase("8080.5", "doc.yaml:4:11: error: services[0].port: expected an integer, got a number (8080.5)")]
    [TestCase("true", "doc.yaml:4:11: error: services[0].port: expected an integer, got a boolean (true)")]
    [TestCase("[8080]", "doc.yaml:4:11: error: services[0].port: expected an integer, got a list")]
    [TestCase("99999999999", "doc.yaml:4:11: error: services[0].port: integer 99999999999 is out of range (-2147483648 to 2147483647)")]
    [TestCase("~", "doc.yaml:4:5: error: services[0].port: 'port' has no value; a value is required")]
    [TestCase("0x1F91", "doc.yaml:4:11: error: services[0].port: write the integer in decimal digits (0x1F91 is 8081)")]
    [TestCase("0o17621", "doc.yaml:4:11: error: services[0].port: write the integer in decimal digits (0o17621 is 8081)")]
    [TestCase("0xZZ", "doc.yaml:4:11: error: services[0].port: expected an integer, got a string ('0xZZ')")]
    public void AWrongTypeIsOneLineAndNoCascade(string port, string expected)
    {
        var result = CatalogLoader.LoadText("doc.yaml", Service.Replace("PORT", port, StringComparison.Ordinal));

        var serviceLines = result.Lines().Where(l => l.Contains("services[0]", StringComparison.Ordinal)).ToList();
        Assert.That(serviceLines, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void ANumberWhereAStringBelongsSuggestsQuoting()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "roles:\n  - name: 42\n    description: x\n    idpGroups: [g]\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:2:11: error: roles[0].name: expected a string, got an integer (42) (quote it to make it a string)"));
    }

    [Test]
    public void AMissingRequiredFieldIsReportedOnceAtItsRecord()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "services:\n  - name: web\n    protocol: http\n    healthCheck: { path: /h }\n");

        var serviceLines = result.Lines().Where(l => l.Contains("services[0]", StringComparison.Ordinal)).ToList();
        Assert.That(serviceLines, Is.EqualTo(new[] { "doc.yaml:2:5: error: services[0]: missing required field 'port'" }));
    }

    [Test]
    public void AnUnknownKeyNamesTheClosestKnownOne()
    {
        var result = CatalogLoader.LoadText("doc.yaml", Service.Replace("PORT", "80", StringComparison.Ordinal) + "\n    protcol: http\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:6:5: error: services[0]: unknown key 'protcol' (did you mean 'protocol'?)"));
    }

    [Test]
    public void AnUnknownKeyWithNoCloseMatchListsTheAllowedOnes()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "roles:\n  - name: r\n    description: x\n    idpGroups: [g]\n    colour: blue\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:5:5: error: roles[0]: unknown key 'colour' (allowed: name, description, idpGroups, provider)"));
    }

    [Test]
    public void AnUnknownTopLevelSectionIsAnError()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "servics: []\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:1:1: error: unknown key 'servics' (did you mean 'services'?)"));
    }

    [Test]
    public void ADuplicateKeyIsAnErrorThatNamesTheFirstLine()
    {
        var result = CatalogLoader.LoadText("doc.yaml", Service.Replace("PORT", "80", StringComparison.Ordinal) + "\n    port: 81\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:6:5: error: services[0].port: duplicate key 'port' (first at line 4)"));
        Assert.That(result.Catalog!.Services[0].Port, Is.EqualTo(80));
    }

    [Test]
    public void AnUnknownEnumValueListsTheAllowedOnes()
    {
        var result = CatalogLoader.LoadText("doc.yaml", Service.Replace("PORT", "80", StringComparison.Ordinal).Replace("http\n", "https\n", StringComparison.Ordinal));

        Assert.That(result.Lines(), Has.Member("doc.yaml:3:15: error: services[0].protocol: 'https' is not one of http, http2, grpc"));
    }

    [Test]
    public void AMalformedDurationExplainsTheFormat()
    {
        var result = CatalogLoader.LoadText("doc.yaml", Service.Replace("PORT", "80", StringComparison.Ordinal).Replace("{ path: /h }", "{ path: /h, interval: 10 seconds }", StringComparison.Ordinal));

        Assert.That(result.Lines(), Has.Member("doc.yaml:5:40: error: services[0].healthCheck.interval: '10 seconds' is not a duration (write a whole number and a unit: ms, s, m, h or d, e.g. 30s, 8h, 7d)"));
    }

    [TestCase("999999999999d")]
    [TestCase("9999999999999s")]
    [TestCase("-5s")]
    [TestCase("5 s")]
    [TestCase("1h30m")]
    [TestCase("5S")]
    public void DurationsThatOverflowOrAreMalformedAreOneLine(string interval)
    {
        var yaml = Service.Replace("PORT", "80", StringComparison.Ordinal).Replace("{ path: /h }", $"{{ path: /h, interval: \"{interval}\" }}", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText("doc.yaml", yaml);

        Assert.That(result.Lines(), Has.Some.Contains($"services[0].healthCheck.interval: '{interval}' is not a duration"));
    }

    [Test]
    public void ACatalogWithoutEnvironmentsIsAnError()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "roles:\n  - name: r\n    description: x\n    idpGroups: [g]\n");

        Assert.That(result.Lines(), Has.Member("doc.yaml:1:1: error: the catalog declares no environments (no file has an 'environments:' section)"));
    }

    [Test]
    public void AnchorsAndAliasesAreFollowed()
    {
        var text = TestCatalogs.Base
            .Replace("healthCheck: { path: /healthz }", "healthCheck: &hc { path: /healthz, interval: 20s }", StringComparison.Ordinal)
            .Replace("    healthCheck: {}\n", "    healthCheck: {}\n  - { name: extra, protocol: http, port: 8088, healthCheck: *hc }\n", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText("anchors.yaml", text);

        Assert.That(result.Lines(), Is.Empty);
        Assert.That(result.Catalog!.Services[2].HealthCheck.Interval, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(result.Catalog.Services[2].HealthCheck.Path, Is.EqualTo("/healthz"));
    }

    [Test]
    public void SeveralDocumentsInOneFileAreMerged()
    {
        var result = CatalogLoader.LoadText("multi.yaml", TestCatalogs.Base + "\n---\nroles:\n  - { name: second, description: Second., idpGroups: [g2] }\n");

        Assert.That(result.Lines(), Is.Empty);
        Assert.That(result.Catalog!.Roles.Select(r => r.Name), Is.EqualTo(new[] { "admin", "second" }));
    }

    [Test]
    public void ADirectoryWithoutCatalogFilesIsOneLine()
    {
        var dir = Directory.CreateTempSubdirectory("catalog-empty-");
        try
        {
            var result = CatalogLoader.Load(dir.FullName);

            Assert.That(result.Lines(), Is.EqualTo(new[] { $"{dir.FullName}:1:1: error: the directory holds no catalog files (*.yaml, *.yml)" }));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void ADirectoryAndAFileInsideItLoadTheFileOnce()
    {
        var dir = Directory.CreateTempSubdirectory("catalog-dup-");
        try
        {
            var file = Path.Combine(dir.FullName, "catalog.yaml");
            File.WriteAllText(file, TestCatalogs.Base);

            var result = CatalogLoader.Load(dir.FullName, file);

            Assert.That(result.Lines(), Is.Empty);
            Assert.That(result.Catalog!.Services, Has.Count.EqualTo(2));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void ProblemsFromSeveralFilesAreAllReportedAtOnce()
    {
        var result = CatalogLoader.LoadText([
            ("a.yaml", TestCatalogs.Base),
            ("b.yaml", ""),
            ("c.yaml", "services: [\n"),
            ("d.yaml", "roles:\n  - { name: r, description: x, idpGroups: [g], provider: nobody }\n"),
        ]);

        Assert.That(result.Errors.Select(p => p.Location.File), Is.EqualTo(new[] { "b.yaml", "c.yaml", "d.yaml" }));
    }

    [Test]
    public void GetValidCatalogRefusesACatalogWithErrorsAndListsThem()
    {
        var result = CatalogLoader.LoadText("doc.yaml", "services: {}\n");

        var ex = Assert.Throws<CatalogException>(() => result.GetValidCatalog());
        Assert.That(ex!.Message, Does.Contain("doc.yaml:1:11: error: services: expected a list, got a mapping"));
    }
}
