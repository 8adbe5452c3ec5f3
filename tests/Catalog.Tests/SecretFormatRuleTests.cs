namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// The first value of a Lambda-rotated secret takes the shape its rotation function reads (<c>format</c>,
/// <c>fields</c>); the catalog refuses shapes that cannot apply, with file, line and field, all at once.
/// </summary>
public sealed class SecretFormatRuleTests
{
    private const string Lambda = "arn:aws:lambda:eu-west-1:111111111111:function:rotate";

    [Test]
    public void AFormatAndFieldsOfALambdaRotatedSecretAreRead()
    {
        var result = TestCatalogs.WithCase($$"""
            services:
              - { name: keeper, protocol: http, port: 8081, healthCheck: { path: /h }, secrets: [db, key] }
            secrets:
              - name: db
                owner: keeper
                rotationDays: 30
                rotationLambdaArn: "{{Lambda}}"
                fields: { engine: postgres, host: db.internal, username: app, port: "5432" }
              - { name: key, owner: keeper, rotationDays: 30, rotationLambdaArn: "{{Lambda}}", format: text }
            """);

        var db = result.Catalog!.Secrets.Single(s => s.Name == "db");
        var key = result.Catalog.Secrets.Single(s => s.Name == "key");
        Assert.Multiple(() =>
        {
            Assert.That(result.Lines(), Is.Empty);
            Assert.That(db.Format, Is.Null, "json is the default");
            Assert.That(db.Fields, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["engine"] = "postgres", ["host"] = "db.internal", ["port"] = "5432", ["username"] = "app",
            }));
            Assert.That(key.Format, Is.EqualTo(SecretFormat.Text));
        });
    }

    [Test]
    public void ShapesThatCannotApplyAreRefusedAtTheirField()
    {
        var result = TestCatalogs.WithCase($$"""
            services:
              - { name: keeper, protocol: http, port: 8081, healthCheck: { path: /h }, secrets: [made, plain, clash, odd] }
            secrets:
              - { name: made, owner: keeper, rotationDays: 30, generated: { length: 32 }, format: json }
              - { name: plain, owner: keeper, rotationDays: 30, rotationLambdaArn: "{{Lambda}}", format: text, fields: { host: h } }
              - { name: clash, owner: keeper, rotationDays: 30, rotationLambdaArn: "{{Lambda}}", fields: { password: p } }
              - { name: odd, owner: keeper, rotationDays: 30, rotationLambdaArn: "{{Lambda}}", format: yaml }
            """);

        var lines = result.Lines();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Match(@"^case\.yaml:4:\d+: error: secrets\[0\]\.format: 'format' and 'fields' shape the first value a rotation Lambda reads; a generated secret has no Lambda$"));
            Assert.That(lines, Has.Some.Match(@"^case\.yaml:5:\d+: error: secrets\[1\]\.fields: 'fields' are members of a json first value; format 'text' holds the generated string alone$"));
            Assert.That(lines, Has.Some.Match(@"^case\.yaml:6:\d+: error: secrets\[2\]\.fields: 'password' is the generated member of the first value; leave it out of 'fields'$"));
            Assert.That(lines, Has.Some.Match(@"^case\.yaml:7:\d+: error: secrets\[3\]\.format: .*yaml"));
            Assert.That(lines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)), Is.EqualTo(4), string.Join("\n", lines));
        });
    }
}
