namespace IdentityFabric.Cli.Tests;

[TestFixture]
public sealed class StackConfigurationTests
{
    [Test]
    public void EncryptedValuesBecomeTheSecretMaskAndAreMarkedSecret()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:ingressOrigin:", "    secure: AAABAHh5ejEyMw==");

        var configuration = StackConfiguration.Load(project.Root, "dev");

        Assert.That(configuration.Values["identity-fabric:ingressOrigin"], Is.EqualTo("[secret]"));
        Assert.That(configuration.SecretKeys, Does.Contain("identity-fabric:ingressOrigin"));
        Assert.That(string.Join(" ", configuration.Values.Values), Does.Not.Contain("AAABAHh5ejEyMw=="), "the ciphertext is never passed on");
    }

    [Test]
    public void ProjectDefaultsApplyUnlessTheStackSetsAValue()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:envoyIdentity: eks");

        var configuration = StackConfiguration.Load(project.Root, "dev");

        Assert.That(configuration.Get("envoyIdentity"), Is.EqualTo("eks"), "the stack's value wins");
        Assert.That(configuration.Get("signingKeyEpoch"), Is.EqualTo("0"), "the project's default applies");
        Assert.That(configuration.Get("oidcThumbprints"), Is.EqualTo("[]"), "structured defaults become JSON");
        Assert.That(configuration.Get("environment"), Is.Null, "a key without default stays unset");
    }

    [Test]
    public void StructuredValuesBecomeJsonWithTheirTypes()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:oidcThumbprints: [abc, \"123\", 456]");

        var configuration = StackConfiguration.Load(project.Root, "dev");

        Assert.That(configuration.Get("oidcThumbprints"), Is.EqualTo("[\"abc\",\"123\",456]"));
    }

    [Test]
    public void AnEncryptedValueInsideAStructuredValueIsMaskedAndMarksTheKeySecret()
    {
        using var project = new TempProject().WithStack("dev", "identity-fabric:nested:", "    token:", "      secure: AAAB", "    region: eu-west-1");

        var configuration = StackConfiguration.Load(project.Root, "dev");

        Assert.That(configuration.Get("nested"), Is.EqualTo("{\"token\":\"[secret]\",\"region\":\"eu-west-1\"}"));
        Assert.That(configuration.SecretKeys, Does.Contain("identity-fabric:nested"));
    }

    [Test]
    public void KeysOfOtherNamespacesKeepTheirNamespace()
    {
        using var project = new TempProject().WithStack("dev", "aws:region: eu-central-1");

        Assert.That(StackConfiguration.Load(project.Root, "dev").Values["aws:region"], Is.EqualTo("eu-central-1"));
    }

    [Test]
    public void ABareKeyGivenOnTheCommandLineJoinsTheProjectNamespace()
    {
        using var project = new TempProject().WithStack("dev");

        var configuration = StackConfiguration.Load(project.Root, "dev").With("environment", "staging");

        Assert.That(configuration.Values["identity-fabric:environment"], Is.EqualTo("staging"));
    }

    [Test]
    public void AMissingStackFileNamesTheStacksThatExist()
    {
        using var project = new TempProject().WithStack("dev").WithStack("prod");

        Assert.That(() => StackConfiguration.Load(project.Root, "qa"),
            Throws.TypeOf<PlanException>().With.Message.Contains("Pulumi.qa.yaml").And.Message.Contains("dev, prod"));
    }

    [Test]
    public void TheProjectRootIsFoundFromAnyFolderBelowIt()
    {
        using var project = new TempProject();
        var below = Directory.CreateDirectory(project.Combine("a/b")).FullName;

        Assert.That(StackConfiguration.FindProjectRoot(below), Is.EqualTo(project.Root));
    }
}
