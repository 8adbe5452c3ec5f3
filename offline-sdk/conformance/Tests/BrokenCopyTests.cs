using System.Collections.Immutable;
using OfflineSdk.Conformance.Comparison;
using OfflineSdk.Conformance.StandIn;

namespace OfflineSdk.Conformance.Tests;

/// <summary>
/// The check fails on a stand-in member that differs from the real declarations: deliberately broken copies of
/// members (wire name, requiredness, type, numeric type, shape, token, secrets) are each reported with the member,
/// ours and theirs, and one broken copy among the whole AWS stand-in is the only difference found.
/// </summary>
[TestFixture]
public sealed class BrokenCopyTests
{
    private const string BrokenRoot = "OfflineSdk.Conformance.Tests.Broken.Aws";

    private static ImmutableArray<Difference> _differences;

    [OneTimeSetUp]
    public void CompareTheBrokenCopies()
    {
        var types = typeof(BrokenCopyTests).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(BrokenRoot, StringComparison.Ordinal) == true);
        var (read, others) = StandInReader.Read(types, BrokenRoot);
        Assert.That(others, Is.Empty, "every fixture is read as a provider type");
        _differences = Comparer.Compare(read, Providers.Package("@pulumi/aws"), Providers.DotnetTypes).Differences;
        foreach (var difference in _differences)
        {
            TestContext.Out.WriteLine(difference);
        }
    }

    [Test]
    public void AWireNameTheRealTypeDoesNotHaveIsReported()
        => AssertReported("VpcLattice.Inputs.ListenerDefaultActionArgs.forward", "member", "wire name forward", "absent from ListenerDefaultAction");

    [Test]
    public void AnOptionalCopyOfARequiredInputIsReported()
        => AssertReported("VpcLattice.Inputs.ListenerDefaultActionFixedResponseArgs.statusCode", "required", "required optional", "required at");

    [Test]
    public void AStringWhereTheRealMemberIsANumberIsReported()
        => AssertReported("VpcLattice.Inputs.ListenerDefaultActionForwardTargetGroupArgs.weight", "shape", "type string", "number at");

    [Test]
    public void ADoubleWhereTheRealDotnetTypeIsIntIsReported()
        => AssertReported("VpcLattice.Inputs.ListenerRuleActionForwardTargetGroupArgs.weight", "shape", "type double", "int for number");

    [Test]
    public void AListWhereTheRealMemberHoldsOneValueIsReported()
        => AssertReported("VpcLattice.Inputs.ListenerRuleActionArgs.forward", "shape",
            "type list<inputs.vpclattice.ListenerRuleActionForward>", "inputs.vpclattice.ListenerRuleActionForward at");

    [Test]
    public void ARequiredOutputTheRealTypeLeavesOptionalIsReported()
        => AssertReported("AppMesh.Outputs.MeshSpecEgressFilter.type", "required", "required required", "optional at");

    [Test]
    public void ANullableOutputWhoseInputFormIsRequiredIsReported()
        => AssertReported("AppMesh.Outputs.VirtualNodeSpecListenerPortMapping.port", "required", "required optional", "required in inputs.appmesh.VirtualNodeSpecListenerPortMapping");

    [Test]
    public void AResourceOutputThatCannotBeAbsentWhereTheRealOneCanIsReported()
        => AssertReported("VpcLattice.Service.tags", "required", "required required", "optional at");

    [Test]
    public void ATypeTokenWithoutARealModuleIsReported()
        => AssertReported("VpcLattice.Listener", "type", "type token aws:vpclattice/listeners:Listener", "no module vpclattice/listeners");

    [Test]
    public void AnInputTheRealSetterMarksSecretButTheCopyDoesNotIsReported()
        => AssertReported("SecretsManager.SecretVersionArgs.secretString", "secret", "secret not secret", "secret (pulumi.secret in");

    [Test]
    public void MissingAdditionalSecretOutputsAreReported()
        => AssertReported("SecretsManager.SecretVersion.(options)", "secret", "additionalSecretOutputs [secretBinary, secretString]",
            "[secretBinary, secretString, secretStringWo]");

    [Test]
    public void AProviderSettingOfAnotherTypeIsReported()
        => AssertReported("Config.region", "shape", "type bool", "string at");

    [Test]
    public void EveryBrokenMemberIsReportedAndNothingElse()
    {
        var members = _differences.Select(d => d.Member[(BrokenRoot.Length + 1)..]).ToHashSet();
        Assert.That(members, Is.EquivalentTo(new[]
        {
            "VpcLattice.Inputs.ListenerDefaultActionArgs.forward",
            "VpcLattice.Inputs.ListenerDefaultActionFixedResponseArgs.statusCode",
            "VpcLattice.Inputs.ListenerDefaultActionForwardTargetGroupArgs.weight",
            "VpcLattice.Inputs.ListenerRuleActionForwardTargetGroupArgs.weight",
            "VpcLattice.Inputs.ListenerRuleActionArgs.forward",
            "AppMesh.Outputs.MeshSpecEgressFilter.type",
            "AppMesh.Outputs.VirtualNodeSpecListenerPortMapping.port",
            "VpcLattice.Service.tags",
            "VpcLattice.Listener",
            "SecretsManager.SecretVersionArgs.secretString",
            "SecretsManager.SecretVersion.(options)",
            "Config.region",
        }));
    }

    [Test]
    public void OneBrokenMemberAmongTheWholeAwsStandInFailsTheCheckAlone()
    {
        var (standIn, _) = Providers.StandIn(Providers.Aws);
        const string faithfulRoot = "OfflineSdk.Conformance.Tests.Faithful.Aws";
        var broken = StandInReader.Read([typeof(Broken.Aws.VpcLattice.Inputs.ListenerDefaultActionArgs)], BrokenRoot).Types.Single();
        var faithful = StandInReader.Read([typeof(Faithful.Aws.VpcLattice.Inputs.ListenerDefaultActionArgs)], faithfulRoot).Types.Single();
        var package = Providers.Package("@pulumi/aws");

        ImmutableArray<Difference> With(StandInType replacement) => Comparer.Compare(
            [.. standIn.Where(t => t.ClrName != "Pulumi.Aws.VpcLattice.Inputs.ListenerDefaultActionArgs"), replacement],
            package, Providers.DotnetTypes).Differences;

        Assert.Multiple(() =>
        {
            Assert.That(With(faithful), Is.Empty, "a faithful copy compares clean, so the broken one fails for its break alone");
            Assert.That(With(broken).Select(d => d.ToString()), Is.EqualTo(new[]
            {
                $"{BrokenRoot}.VpcLattice.Inputs.ListenerDefaultActionArgs.forward [member]: ours wire name forward, theirs absent from " +
                $"ListenerDefaultAction in {package.Inputs.Path} inputs.vpclattice.ListenerDefaultAction",
            }));
        });
    }

    private static void AssertReported(string member, string aspect, string ours, string theirs)
    {
        var found = _differences.Where(d => d.Member == $"{BrokenRoot}.{member}").ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"{member} is reported once");
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Aspect, Is.EqualTo(aspect));
            Assert.That(found[0].Ours, Does.Contain(ours));
            Assert.That(found[0].Theirs, Does.Contain(theirs));
        });
    }
}
