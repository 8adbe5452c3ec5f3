using System.Collections.Immutable;
using Pulumi.OfflineSdk.Tests.Support;

namespace Pulumi.OfflineSdk.Tests;

public sealed class CoreTypeTests
{
    [Test]
    public async Task InputListsCombineInitializersArraysAndOutputs()
    {
        var list = new InputList<string> { "a", Output.Create("b") };
        list.Add(new[] { "c", "d" });
        InputList<string> fromOutput = Output.Create(ImmutableArray.Create("x", "y"));

        Assert.That(await Harness.ValueOf(list.ToOutput()), Is.EqualTo(new[] { "a", "b", "c", "d" }));
        Assert.That(await Harness.ValueOf(fromOutput.ToOutput()), Is.EqualTo(new[] { "x", "y" }));
    }

    [Test]
    public async Task InputMapsAcceptInitializersIndexersAndMergeWithTheSecondWinning()
    {
        var first = new InputMap<string> { { "a", "1" }, { "b", "2" } };
        var second = new InputMap<string> { ["b"] = "20", ["c"] = Output.Create("30") };

        var merged = await Harness.ValueOf(InputMap<string>.Merge(first, second).ToOutput());

        Assert.That(merged, Is.EquivalentTo(new Dictionary<string, string> { ["a"] = "1", ["b"] = "20", ["c"] = "30" }));
    }

    [Test]
    public void UnionsHoldExactlyOneOfTheirTypes()
    {
        Union<int, string> number = 5;
        Union<int, string> text = "five";

        Assert.That((number.IsT0, number.AsT0, text.IsT1, text.AsT1), Is.EqualTo((true, 5, true, "five")));
        Assert.That(() => number.AsT1, Throws.InvalidOperationException);
        Assert.That(number.Match(n => n * 2, s => s.Length), Is.EqualTo(10));
    }

    [Test]
    public void CustomResourceOptionsMergeConcatenatesListsAndLetsTheSecondScalarWin()
    {
        var first = new CustomResourceOptions { Protect = true, Version = "1.0", IgnoreChanges = { "tags" }, AdditionalSecretOutputs = { "result" } };
        var second = new CustomResourceOptions { Version = "2.0", IgnoreChanges = { "name" } };

        var merged = CustomResourceOptions.Merge(first, second);

        Assert.That((merged.Protect, merged.Version), Is.EqualTo(((bool?)true, "2.0")));
        Assert.That(merged.IgnoreChanges, Is.EqualTo(new[] { "tags", "name" }));
        Assert.That(merged.AdditionalSecretOutputs, Is.EqualTo(new[] { "result" }));
        Assert.That(first.IgnoreChanges, Is.EqualTo(new[] { "tags" }), "the inputs of Merge are left unchanged");
    }

    [Test]
    public void OutputToStringOutsideADeploymentThrowsAsTheRealSdkDoes()
    {
        Assert.Throws<InvalidOperationException>(() => _ = Output.Create(1).ToString());
    }

    [Test]
    public async Task OutputToStringInsideADeploymentExplainsHowToReadAnOutputAndWarns()
    {
        string? text = null;
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => text = Output.Create(1).ToString());

        Assert.That(text, Does.Contain("Calling [ToString] on an [Output<T>] is not supported."));
    }

    [Test]
    public async Task OutputsOfKnownValuesApplyOutsideADeployment()
    {
        var doubled = Output.Create(21).Apply(v => v * 2);

        Assert.That(await Harness.ValueOf(doubled), Is.EqualTo(42));
    }
}
