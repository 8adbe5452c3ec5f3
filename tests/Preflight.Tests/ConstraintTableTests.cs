using System.Diagnostics;
using IdentityFabric.Components.Preflight.Aws;
using IdentityFabric.Components.Preflight.Data;

namespace IdentityFabric.Preflight.Tests;

public sealed class ConstraintTableTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IdentityFabric.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root was not found");
    }

    [Test]
    public void TheCommittedTableNamesItsSourceSnapshot()
    {
        Assert.That(ConstraintTable.Shipped.SourceLine, Does.Contain("api-models-aws").And.Contain("56c8953e87ae"));
        Assert.That(ConstraintTable.Shipped.Actions, Does.Contain("secretsmanager:GetSecretValue").And.Contain("vpc-lattice:CreateRule"));
    }

    [Test]
    public void TheCommittedTableIsWhatTheGeneratorMakesFromTheModels()
    {
        var root = RepositoryRoot();
        var models = Path.GetFullPath(Path.Combine(root, "..", "shared", "cloud-models", "aws"));
        if (!Directory.Exists(models))
        {
            Assert.Ignore($"the AWS models are not at {models} on this machine");
        }

        var output = Path.Combine(Path.GetTempPath(), $"aws-constraints-{Guid.NewGuid():N}.tsv");
        try
        {
            using var python = Process.Start(new ProcessStartInfo("python3", [Path.Combine(root, "scripts", "generate-aws-constraints.py"), models, output])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            python.WaitForExit();
            Assert.That(python.ExitCode, Is.Zero, python.StandardError.ReadToEnd());
            Assert.That(File.ReadAllText(output), Is.EqualTo(File.ReadAllText(Path.Combine(root, "components", "Preflight", "Data", "aws-constraints.tsv"))),
                "regenerate the table: python3 scripts/generate-aws-constraints.py");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void EveryMappedInputNamesAMemberOfTheTable()
    {
        var missing = ApiMappings.All.Values
            .SelectMany(m => m.Members.Select(p => (m.Type, p.Key, Member: p.Value)))
            .Where(p => ConstraintTable.Shipped.Find(p.Member) is null)
            .ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryLimitTheRulesUseIsInTheLimitsTable()
    {
        var ids = CloudLimits.Shipped.All.Select(l => l.Id).ToList();
        Assert.That(ids, Does.Contain("iam.role.inlinePolicies.chars").And.Contain("lattice.listener.rules").And.Contain("cloudflare.kv.key.bytes"));
        Assert.That(CloudLimits.Shipped.All.All(l => l.Source.Length > 0), Is.True, "every limit names its source");
    }
}
