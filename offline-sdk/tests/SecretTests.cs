using Pulumi.OfflineSdk.Tests.Support;

namespace Pulumi.OfflineSdk.Tests;

public sealed class SecretTests
{
    [Test]
    public async Task ASecretStaysSecretThroughApplyAllTupleAndFormat()
    {
        Output<string> applied = null!;
        Output<string> formatted = null!;
        Output<int> counted = null!;
        Output<string> tupled = null!;
        await Harness.RunAsync(new RecordingMocks(), () =>
        {
            var password = Output.CreateSecret("hunter2");
            applied = password.Apply(p => p.ToUpperInvariant());
            formatted = Output.Format($"user:{password}");
            counted = Output.All(password, Output.Create("plain")).Apply(values => values.Length);
            tupled = Output.Tuple(Output.Create(1), password).Apply(t => t.Item2);
        });

        Assert.That(await Output.IsSecretAsync(applied), Is.True);
        Assert.That(await Harness.ValueOf(applied), Is.EqualTo("HUNTER2"));
        Assert.That(await Output.IsSecretAsync(formatted), Is.True);
        Assert.That(await Harness.ValueOf(formatted), Is.EqualTo("user:hunter2"));
        Assert.That(await Output.IsSecretAsync(counted), Is.True);
        Assert.That(await Output.IsSecretAsync(tupled), Is.True);
    }

    [Test]
    public async Task UnsecretRemovesSecrecyAndLeavesTheOriginalSecret()
    {
        var secret = Output.CreateSecret("s3cr3t");
        var revealed = Output.Unsecret(secret);

        Assert.That(await Output.IsSecretAsync(revealed), Is.False);
        Assert.That(await Output.IsSecretAsync(secret), Is.True);
        Assert.That(await Harness.ValueOf(revealed), Is.EqualTo("s3cr3t"));
    }

    [Test]
    public async Task PlainValuesAreNotSecret()
    {
        Assert.That(await Output.IsSecretAsync(Output.Create("visible")), Is.False);
        Assert.That(await Output.IsSecretAsync(Output.Format($"{Output.Create(1)}-{2}")), Is.False);
    }

    [Test]
    public async Task TheMocksSeeSecretInputsAsPlainValues()
    {
        var mocks = new RecordingMocks();
        await Harness.RunAsync(mocks, () => new Note("token", new NoteArgs { Text = Output.CreateSecret("t0k3n") }));

        Assert.That(mocks.Single("token").Inputs["text"], Is.EqualTo("t0k3n"));
    }

    [Test]
    public async Task SecretStateReturnedByTheMocksMakesTheOutputSecret()
    {
        Note note = null!;
        await Harness.RunAsync(new RecordingMocks { State = _ => new Dictionary<string, object> { ["text"] = Output.CreateSecret("classified") } },
            () => note = new Note("n", new NoteArgs()));

        Assert.That(await Output.IsSecretAsync(note.Text), Is.True);
        Assert.That(await Harness.ValueOf(note.Text), Is.EqualTo("classified"));
    }

    [Test]
    public async Task EchoedSecretInputsComeBackAsPlainOutputsAsTheMockMonitorDoes()
    {
        Note note = null!;
        await Harness.RunAsync(new RecordingMocks(), () => note = new Note("n", new NoteArgs { Text = Output.CreateSecret("x") }));

        Assert.That(await Output.IsSecretAsync(note.Text), Is.False);
    }
}
