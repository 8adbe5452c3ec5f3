namespace IdentityFabric.Catalog.Tests;

/// <summary>A small valid catalog that rule tests extend with one more file, and the repository's paths.</summary>
internal static class TestCatalogs
{
    public const string Base = """
        identityProviders:
          - name: okta
            kind: oidc
            issuer: https://login.example.com
            audiences: [api]
            jwksUrl: https://login.example.com/keys
        roles:
          - name: admin
            description: Administrators.
            idpGroups: [admins]
        services:
          - name: front
            protocol: http
            port: 8080
            healthCheck: { path: /healthz }
            calls: [back]
            secrets: [front-key]
          - name: back
            protocol: grpc
            port: 9090
            healthCheck: {}
        secrets:
          - name: front-key
            owner: front
            rotationDays: 30
            generated: { length: 32 }
        environments:
          - name: dev
            awsAccountId: "111111111111"
            awsRegion: eu-west-1
            cloudflare: { accountId: "0000000000000000000000000000000a", zoneId: "0000000000000000000000000000000d", zoneName: example.com }
            mesh: { backend: appmesh }
        """;

    /// <summary>Loads the base catalog plus <paramref name="caseYaml"/> as <c>case.yaml</c>.</summary>
    public static CatalogLoadResult WithCase(string caseYaml) =>
        CatalogLoader.LoadText([("base.yaml", Base), ("case.yaml", caseYaml)]);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IdentityFabric.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string ExampleDirectory => Path.Combine(RepositoryRoot, "catalog");

    public static IReadOnlyList<string> Lines(this CatalogLoadResult result) =>
        result.Problems.Select(p => p.ToString()).ToList();
}
