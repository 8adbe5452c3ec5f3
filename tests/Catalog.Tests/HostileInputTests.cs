namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// Catalogs as a careless or hostile contributor writes them: each class of bad input is refused at the line and
/// column of the value at fault, naming the field, and every problem is listed at once.
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>The problem lines of the base catalog plus <paramref name="caseYaml"/>, which must hold errors.</summary>
    private static IReadOnlyList<string> Refused(string caseYaml)
    {
        var result = TestCatalogs.WithCase(caseYaml);
        Assert.That(result.HasErrors, Is.True, "the case must be refused:\n" + string.Join("\n", result.Lines()));
        Assert.That(() => result.GetValidCatalog(), Throws.TypeOf<CatalogException>(), "nothing is planned from a refused catalog");
        return result.Lines();
    }

    /// <summary>Where <paramref name="fragment"/> (which must occur once) starts in <paramref name="yaml"/>, as
    /// <c>case.yaml:LINE:COL</c>.</summary>
    private static string At(string yaml, string fragment)
    {
        var lines = yaml.Split('\n');
        var hits = lines.Select((text, i) => (Line: i + 1, Column: text.IndexOf(fragment, StringComparison.Ordinal) + 1))
            .Where(h => h.Column > 0).ToList();
        Assert.That(hits, Has.Count.EqualTo(1), $"'{fragment}' must occur once in the case");
        return $"case.yaml:{hits[0].Line}:{hits[0].Column}";
    }

    // ---- 1. Empty and blank strings, where a name or a reference is required ----

    [TestCase("secrets:\n  - { name: \"\", owner: front, rotationDays: 30, generated: { length: 32 } }\n", "secrets[0].name", "\"\"")]
    [TestCase("secrets:\n  - { name: spare, owner: \"\", rotationDays: 30, generated: { length: 32 } }\n", "secrets[0].owner", "\"\"")]
    [TestCase("edges:\n  - name: api\n    hostnames: { dev: api.example.com }\n    routes: [{ name: \"\", path: /a, service: front, public: true }]\n", "edges[0].routes[0].name", "\"\"")]
    [TestCase("edges:\n  - name: api\n    hostnames: { dev: api.example.com }\n    routes: [{ name: a, path: \"\", service: front, public: true }]\n", "edges[0].routes[0].path", "\"\"")]
    [TestCase("edges:\n  - name: api\n    hostnames: { dev: api.example.com }\n    routes: [{ name: a, path: /a, service: \"\", public: true }]\n", "edges[0].routes[0].service", "\"\"")]
    [TestCase("roles:\n  - { name: ops, description: Ops., idpGroups: [\"\"] }\n", "roles[0].idpGroups[0]", "\"\"")]
    [TestCase("roles:\n  - { name: ops, description: \"\", idpGroups: [ops] }\n", "roles[0].description", "\"\"")]
    [TestCase("services:\n  - { name: extra, protocol: http, port: 1, healthCheck: { path: / }, calls: [\"\"] }\n", "services[0].calls[0]", "\"\"")]
    public void AnEmptyStringIsRefusedWhereItIsWritten(string caseYaml, string field, string fragment)
    {
        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Member($"{At(caseYaml, fragment)}: error: {field}: must not be empty (give a value, or remove the key)"));
    }

    [TestCase("\"   \"", "must not be blank")]
    [TestCase("\" front\"", "has leading or trailing spaces")]
    [TestCase("\"front \"", "has leading or trailing spaces")]
    [TestCase("\"fr\\tont\"", "holds a tab")]
    [TestCase("\"fr\\nont\"", "holds a line break")]
    public void AReferenceIsTrimmedOneLineText(string owner, string problem)
    {
        var caseYaml = $"secrets:\n  - {{ name: spare, owner: {owner}, rotationDays: 30, generated: {{ length: 32 }} }}\n";

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, owner)}: error: secrets[0].owner: ").And.Contains(problem));
    }

    [Test]
    public void AnEmptyRouteNeverReachesTheFanOut()
    {
        // The empty path, name and service used to pass validation and crash the plan: now each is one error.
        const string caseYaml = "edges:\n  - name: api\n    hostnames: { dev: api.example.com }\n    routes: [{ name: \"\", path: \"\", service: \"\", public: true }]\n";

        var lines = Refused(caseYaml);

        Assert.That(lines.Where(l => l.Contains("must not be empty", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(3));
    }

    // ---- 2. Look-alike and invalid characters ----

    [Test]
    public void AnAccountIdInFullwidthDigitsIsRefused()
    {
        var caseYaml = TestCatalogs.Base.Replace("\"111111111111\"", "\"１１１１１１１１１１１１\"", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText("base.yaml", caseYaml);

        Assert.That(result.Lines(), Has.Some.Contains("error: environments[0].awsAccountId: AWS account id '１１１１１１１１１１１１' must be 12 ASCII digits (0-9)"));
    }

    [TestCase("\"Ops\\a team.\"", "a control character (U+0007)")]
    [TestCase("\"Ops\\x85team.\"", "a next-line character (U+0085)")]
    [TestCase("\"Ops \\u202Emaet.\"", "a bidirectional text control (U+202E)")]
    [TestCase("\"Ops\\u200Bteam.\"", "an invisible zero-width character (U+200B)")]
    [TestCase("\"Ops\\uFFFDteam.\"", "a replacement character (U+FFFD)")]
    public void AnEscapedInvisibleOrControlCharacterInADescriptionIsRefused(string description, string what)
    {
        var caseYaml = $"roles:\n  - {{ name: ops, description: {description}, idpGroups: [ops] }}\n";

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, description)}: error: roles[0].description: holds {what}"));
    }

    [TestCase("\u0007", "a control character (U+0007)")]
    [TestCase("\u007F", "a control character (U+007F)")]
    [TestCase("\u0085", "a next-line character (U+0085)")]
    [TestCase("\u2028", "a line or paragraph separator (U+2028)")]
    [TestCase("\u202E", "a bidirectional text control (U+202E)")]
    [TestCase("\uFEFF", "a byte order mark (U+FEFF) past the start of the file")]
    public void ARawForbiddenCharacterIsReportedAtItsTrueLine(string character, string what)
    {
        var text = "# a comment\nroles:\n  - { name: ops, description: Ops" + character + "team., idpGroups: [ops] }\n";
        var column = text.Split('\n')[2].IndexOf(character, StringComparison.Ordinal) + 1;

        var result = CatalogLoader.LoadText([("base.yaml", TestCatalogs.Base), ("raw.yaml", text)]);

        Assert.That(result.Lines(), Has.Some.StartsWith($"raw.yaml:3:{column}: error: not allowed in a catalog file: {what}").And.EndsWith("; remove it"));
        Assert.That(result.Errors.ToList(), Has.Count.EqualTo(1), "the character is replaced for parsing, so nothing else shifts or breaks");
    }

    [Test]
    public void ALineAfterAByteOrderMarkInTheMiddleKeepsItsTrueNumber()
    {
        // The mark starts line 5; the unknown key on line 9 must be reported on line 9.
        const string text = "roles:\n  - name: a\n    description: x\n    idpGroups: [g]\n\uFEFF  - name: b\n    description: y\n    idpGroups: [g]\n\n    bogus: 1\n";

        var result = CatalogLoader.LoadText("bom.yaml", text);

        Assert.That(result.Lines(), Has.Member("bom.yaml:5:1: error: not allowed in a catalog file: a byte order mark (U+FEFF) past the start of the file; remove it"));
        Assert.That(result.Lines(), Has.Some.StartWith("bom.yaml:9:5: error: roles[1]: unknown key 'bogus'"));
    }

    [Test]
    public void InvalidUtf8IsOneLineAtItsFirstBadByte()
    {
        using var dir = new TempFolder();
        var file = dir.WriteBytes("bad.yaml", [.. "roles:\n  - name: a\n    description: \""u8, 0xFF, 0xFE, .. "\"\n    idpGroups: [g]\n"u8]);

        var result = CatalogLoader.Load(file);

        Assert.That(result.Lines(), Has.Member($"{file}:3:19: error: invalid UTF-8 (0xFF), and 1 more invalid sequence(s) after it; the file must be saved as UTF-8"));
        Assert.That(result.Catalog, Is.Null);
    }

    [Test]
    public void AUtf16FileIsRefusedAsNotUtf8()
    {
        using var dir = new TempFolder();
        var file = dir.WriteBytes("wide.yaml", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("roles: []\n")]);

        var result = CatalogLoader.Load(file);

        Assert.That(result.Lines(), Has.Member($"{file}:1:1: error: the file is UTF-16 (or UTF-32); save it as UTF-8"));
    }

    [Test]
    public void ALeadingByteOrderMarkIsAccepted()
    {
        using var dir = new TempFolder();
        var file = dir.WriteBytes("bom.yaml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(TestCatalogs.Base)]);

        Assert.That(CatalogLoader.Load(file).Lines(), Is.Empty);
    }

    [Test]
    public void TextThatFederationWritesIntoIamStaysWithinIamCharacters()
    {
        const string caseYaml = """
            roles:
              - { name: ops, description: "Opérations — équipe", idpGroups: ["ops✓"] }
            environments:
              - name: stage
                awsAccountId: "222222222222"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000e", zoneName: example.org }
                mesh: { backend: lattice }
                identityPropagation: sts
            """;

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, "\"Opérations")}: error: roles[0].description: holds '—' (U+2014), which an IAM role description cannot carry"));
        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, "\"ops✓\"")}: error: roles[0].idpGroups[0]: holds '✓' (U+2713), which an IAM trust policy cannot carry"));
    }

    [Test]
    public void LatinTextIsFineWhereNoEnvironmentFederates()
    {
        var result = TestCatalogs.WithCase("roles:\n  - { name: ops, description: \"Opérations — équipe\", idpGroups: [\"ops✓\"] }\n");

        Assert.That(result.Errors, Is.Empty);
    }

    // ---- 3. Present but null ----

    [TestCase("machineClients: ~\n", "machineClients")]
    [TestCase("machineClients:\n", "machineClients")]
    [TestCase("browserApps: null\n", "browserApps")]
    [TestCase("roles:\n  - { name: ops, description: Ops., idpGroups: [ops], provider: ~ }\n", "roles[0].provider")]
    public void APresentButNullValueIsAnErrorAtItsOwnKey(string caseYaml, string field)
    {
        var key = field.Split('.')[^1];
        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, key + ":")}: error: {field}: '{key}' has no value"));
    }

    [Test]
    public void AnEmptyEnvironmentsSectionIsReportedInItsOwnFileOnce()
    {
        var result = CatalogLoader.LoadText(
        [
            ("a-services.yaml", "services:\n  - { name: front, protocol: grpc, port: 8080, healthCheck: {} }\n"),
            ("b-environments.yaml", "# where the fabric runs\nenvironments:\n"),
        ]);

        var errors = result.Errors.Select(p => p.ToString()).ToList();
        Assert.That(errors, Is.EqualTo(new[] { "b-environments.yaml:2:1: error: environments: 'environments' has no value; give one, or remove the key" }));
    }

    [Test]
    public void AnEmptyListOfEnvironmentsPointsAtThatList()
    {
        var result = CatalogLoader.LoadText(
        [
            ("a-services.yaml", "services:\n  - { name: front, protocol: grpc, port: 8080, healthCheck: {} }\n"),
            ("b-environments.yaml", "# where the fabric runs\nenvironments: []\n"),
        ]);

        Assert.That(result.Errors.Select(p => p.ToString()), Is.EqualTo(new[] { "b-environments.yaml:2:15: error: environments: the catalog declares no environments" }));
    }

    // ---- 6. Conflicts ----

    [Test]
    public void TwoEdgesOnOneHostnameAreRefused()
    {
        const string caseYaml = """
            edges:
              - { name: api, hostnames: { dev: api.example.com }, routes: [{ name: a, path: /a, service: front, public: true }] }
              - { name: api-two, hostnames: { dev: api.example.com }, routes: [{ name: b, path: /b, service: front, public: true }] }
            """;

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith("case.yaml:3:40: error: edges[1].hostnames.dev: hostname 'api.example.com' is already served by edge entry point 'api'"));
    }

    [Test]
    public void ABrowserAppOnAnEdgesHostnameIsRefused()
    {
        const string caseYaml = """
            roles:
              - { name: ops, description: Ops., idpGroups: [ops] }
            edges:
              - { name: api, hostnames: { dev: api.example.com }, routes: [{ name: a, path: /a, service: front, public: true }] }
            browserApps:
              - { name: console, hostnames: { dev: api.example.com }, roles: [ops] }
            """;

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith("case.yaml:6:40: error: browserApps[0].hostnames.dev: hostname 'api.example.com' is served by edge entry point 'api'"));
    }

    [TestCase("methods: []", "every method")]
    [TestCase("methods: [], providers: []", "every identity provider")]
    public void AnEmptyListThatWouldMeanEverythingIsRefused(string lists, string meaning)
    {
        var caseYaml = lists.Contains("providers", StringComparison.Ordinal)
            ? "edges:\n  - { name: api, providers: [], hostnames: { dev: api.example.com }, routes: [{ name: a, path: /a, service: front, public: true }] }\n"
            : $"edges:\n  - {{ name: api, hostnames: {{ dev: api.example.com }}, routes: [{{ name: a, path: /a, {lists}, service: front, public: true }}] }}\n";

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.Contains($"an empty list would mean {meaning}"));
    }

    [TestCase("eu-west-9", "is not an AWS region this version knows")]
    [TestCase("ap-mars-1", "is not an AWS region this version knows")]
    [TestCase("mars-north-1", "is not an AWS region name")]
    [TestCase("EU-WEST-1", "is not an AWS region name")]
    [TestCase("eu-west-１", "is not an AWS region name")]
    public void AnUnknownRegionIsRefused(string region, string problem)
    {
        var text = TestCatalogs.Base.Replace("awsRegion: eu-west-1", $"awsRegion: {region}", StringComparison.Ordinal);

        var result = CatalogLoader.LoadText("base.yaml", text);

        Assert.That(result.Lines(), Has.Some.Contains($"error: environments[0].awsRegion: '{region}' {problem}"));
    }

    [TestCase("../escape", "must start with a lower-case letter")]
    [TestCase("front/../../other", "has a '..' path segment")]
    [TestCase("front/./key", "has a '.' path segment")]
    [TestCase("front//key", "has an empty path segment")]
    [TestCase("front/key/", "has an empty path segment")]
    [TestCase("front/ke y", "holds ' '")]
    public void ASecretNameThatLooksLikeAPathEscapeIsRefused(string name, string problem)
    {
        var caseYaml = $"secrets:\n  - {{ name: \"{name}\", owner: front, rotationDays: 30, generated: {{ length: 32 }} }}\n";

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith($"{At(caseYaml, "\"" + name)}: error: secrets[0].name: secret name '{name}' {problem}"));
    }

    [Test]
    public void SecretNamesThatDifferOnlyInCaseAreRefused()
    {
        const string caseYaml = "secrets:\n  - { name: front-KEY, owner: front, rotationDays: 30, generated: { length: 32 } }\n";

        var lines = Refused(caseYaml);

        Assert.That(lines, Has.Some.StartWith("case.yaml:2:13: error: secrets[0].name: secret name 'front-KEY' differs from 'front-key'").And.Contains("only in letter case"));
    }

    [Test]
    public void ALatticeServiceCallingAnAppMeshServiceIsRefusedAtTheCaller()
    {
        const string caseYaml = """
            environments:
              - name: prod
                awsAccountId: "333333333333"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000f", zoneName: example.org }
                mesh: { backend: both, latticeServices: [front] }
            """;

        var lines = Refused(caseYaml);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "case.yaml:6:46: error: environments[0].mesh.latticeServices[0]: service 'front' runs on VPC Lattice in environment 'prod' but calls 'back', still on App Mesh, which a Lattice service cannot reach; switch that service first (add to latticeServices) or keep 'front' on App Mesh",
        }));
    }

    [Test]
    public void CalleesSwitchedFirstAreAccepted()
    {
        const string caseYaml = """
            environments:
              - name: prod
                awsAccountId: "333333333333"
                awsRegion: eu-west-1
                cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000f", zoneName: example.org }
                mesh: { backend: both, latticeServices: [back] }
            """;

        Assert.That(TestCatalogs.WithCase(caseYaml).Errors, Is.Empty);
    }

    // ---- 7. Locations ----

    [Test]
    public void AProblemInsideAnAliasedValuePointsAtTheAliasAndNamesTheAnchor()
    {
        const string text = """
            x-defaults: &web
              protocol: http
              port: eighty
            services:
              - name: a
                healthCheck: { path: /h }
              - *web
            """;

        var result = CatalogLoader.LoadText("alias.yaml", text);

        Assert.That(result.Lines(), Has.Member("alias.yaml:7:5: error: services[1].port: expected an integer, got a string ('eighty') (in the value of anchor &web at line 1)"));
    }

    [Test]
    public void AnAliasBombIsRefusedInsteadOfExpanded()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 8; i++)
        {
            text += $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]\n";
        }

        var result = CatalogLoader.LoadText("bomb.yaml", text);

        Assert.That(result.Lines(), Has.Some.StartsWith("bomb.yaml:").And.Contains("aliases repeat more than 100,000 values"));
    }
}

/// <summary>A throwaway folder for tests that need real files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "identity-fabric-catalog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
