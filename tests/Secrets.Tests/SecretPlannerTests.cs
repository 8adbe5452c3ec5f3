using IdentityFabric.Catalog;
using IdentityFabric.Components.Secrets;
using IdentityFabric.Testing;

namespace IdentityFabric.Secrets.Tests;

public sealed class SecretPlannerTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public void EveryCatalogSecretIsPlannedWithSomethingThatRotatesIt(string environment)
    {
        var view = ExampleCatalog.View(environment);

        var plans = SecretPlanner.Plan(view, 1, Today);

        Assert.That(plans.Select(p => p.CatalogName), Is.SupersetOf(view.Secrets.Select(s => s.Secret.Name)));
        foreach (var plan in plans)
        {
            switch (plan.Rotator)
            {
                case SecretRotator.Lambda:
                    Assert.That(plan.RotationLambdaArn, Does.StartWith("arn:aws:lambda:"), plan.CatalogName);
                    break;
                case SecretRotator.Generation:
                    Assert.That(plan.Keepers, Contains.Key("periodStart"), plan.CatalogName);
                    break;
                default:
                    Assert.That(plan.CatalogName, Is.EqualTo(SecretPlanner.SigningKeySecretName));
                    break;
            }
        }
    }

    [Test]
    public void TheSigningKeySecretExistsEvenWhenTheCatalogLeavesItOut()
    {
        var view = ExampleCatalog.View("dev");
        var without = view with { Secrets = view.Secrets.Where(s => s.Secret.Name != SecretPlanner.SigningKeySecretName).ToList() };

        var plans = SecretPlanner.Plan(without, 2, Today);

        var signing = plans.Single(p => p.Rotator == SecretRotator.SigningKeyEpoch);
        Assert.That(signing.SecretName, Is.EqualTo(ResourceNames.SecretName("dev", SecretPlanner.SigningKeySecretName)));
    }

    [Test]
    public void AGeneratedSecretKeepsItsValueWithinAPeriodAndChangesAtItsEnd()
    {
        const int days = 30;
        var start = SecretPlanner.GenerationKeepers(days, 0, Today);
        var periodStart = DateOnly.ParseExact(start["periodStart"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Multiple(() =>
        {
            Assert.That(periodStart, Is.LessThanOrEqualTo(Today));
            Assert.That(Today.DayNumber - periodStart.DayNumber, Is.LessThan(days));
            Assert.That(SecretPlanner.GenerationKeepers(days, 0, periodStart.AddDays(days - 1)), Is.EqualTo(start));
            Assert.That(SecretPlanner.GenerationKeepers(days, 0, periodStart.AddDays(days)), Is.Not.EqualTo(start));
            Assert.That(SecretPlanner.GenerationKeepers(days, 5, periodStart), Is.EqualTo(start), "with a date, the epoch plays no part");
        });
    }

    [Test]
    public void WithoutARotationDateGeneratedSecretsFollowTheEpoch()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SecretPlanner.GenerationKeepers(30, 4, null)["epoch"], Is.EqualTo("4"));
            Assert.That(SecretPlanner.GenerationKeepers(90, 4, null), Is.EqualTo(SecretPlanner.GenerationKeepers(30, 4, null)), "the period plays no part");
            Assert.That(SecretPlanner.GenerationKeepers(30, 5, null), Is.Not.EqualTo(SecretPlanner.GenerationKeepers(30, 4, null)));
        });
    }

    [Test]
    public void ProdCapsEveryRotationPeriodAtItsMaximum()
    {
        var catalog = ExampleCatalog.Load();
        var slow = catalog with { Secrets = catalog.Secrets.Select(s => s with { RotationDays = 365 }).ToList() };
        var prod = EnvironmentResolver.Resolve(slow, "prod").GetView();

        var plans = SecretPlanner.Plan(prod, 1, Today);

        Assert.That(prod.Environment.MaxRotationDays, Is.Not.Null.And.LessThanOrEqualTo(90));
        Assert.That(plans.Select(p => p.RotationDays), Has.All.LessThanOrEqualTo(prod.Environment.MaxRotationDays!.Value));
    }

    [TestCase("dev", false, SecretPlanner.UnprotectedRecoveryWindowDays)]
    [TestCase("prod", true, SecretPlanner.ProtectedRecoveryWindowDays)]
    public void ProtectionAndRecoveryWindowFollowTheEnvironment(string environment, bool protect, int window)
    {
        var plans = SecretPlanner.Plan(ExampleCatalog.View(environment), 1, Today);

        Assert.Multiple(() =>
        {
            Assert.That(plans.Select(p => p.Protect), Has.All.EqualTo(protect));
            Assert.That(plans.Select(p => p.RecoveryWindowDays), Has.All.EqualTo(window));
        });
    }

    [Test]
    public void AJsonFirstValueHoldsTheFieldsAndTheGeneratedPasswordWhateverTheyContain()
    {
        var plan = LambdaPlan(SecretFormat.Json, new Dictionary<string, string>
        {
            ["username"] = "app\"user", ["host"] = "db.internal", ["engine"] = "postgres",
        });

        using var value = System.Text.Json.JsonDocument.Parse(SecretPlanner.FirstValue(plan, "p\"w<d>\\"));
        Assert.Multiple(() =>
        {
            Assert.That(value.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "engine", "host", "password", "username" }));
            Assert.That(value.RootElement.GetProperty("password").GetString(), Is.EqualTo("p\"w<d>\\"), "the password survives any character");
            Assert.That(value.RootElement.GetProperty("username").GetString(), Is.EqualTo("app\"user"));
        });
    }

    [Test]
    public void ATextFirstValueIsTheGeneratedStringAlone()
        => Assert.That(SecretPlanner.FirstValue(LambdaPlan(SecretFormat.Text, new Dictionary<string, string>()), "abc"), Is.EqualTo("abc"));

    [Test]
    public void LambdaRotatedSecretsStartAsJsonUnlessTheCatalogSaysText()
    {
        var plans = SecretPlanner.Plan(ExampleCatalog.View("dev"), 1, Today);

        Assert.Multiple(() =>
        {
            Assert.That(plans.Where(p => p.Rotator == SecretRotator.Lambda).Select(p => p.Format), Has.All.EqualTo(SecretFormat.Json));
            Assert.That(plans.Where(p => p.Rotator != SecretRotator.Lambda).Select(p => p.Format), Has.All.EqualTo(SecretFormat.Text));
        });
    }

    private static CatalogSecretPlan LambdaPlan(SecretFormat format, IReadOnlyDictionary<string, string> fields) => new()
    {
        CatalogName = "db",
        SecretName = "identity-fabric/dev/db",
        Description = "db",
        Rotator = SecretRotator.Lambda,
        RotationDays = 30,
        Format = format,
        Fields = fields,
        Length = SecretPlanner.PlaceholderLength,
        Special = false,
        Keepers = new Dictionary<string, string>(),
        RecoveryWindowDays = 7,
        Protect = false,
        Tags = new Dictionary<string, string>(),
    };
}
