using IdentityFabric.Assertions.Keys;

namespace IdentityFabric.Assertions.Tests;

public sealed class FileKeySourceTests
{
    private const string SecretA = "fFqt_VFuJ6dxEI1Nfrn7kK-KpWX2RhxFScuIKcOqXjg";
    private const string SecretB = "pbNwiUsxXGEaEtdOjkTOXsoX3QybTdBmIrUuWy4HdEA";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private string directory = null!;
    private ManualClock clock = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Directory.CreateTempSubdirectory("assertion-keys-").FullName;
        clock = new ManualClock(DateTimeOffset.UnixEpoch.AddDays(20000));
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    private static string KeySet(string currentId, string currentSecret, string? previousId = null, string? previousSecret = null) =>
        previousId is null
            ? $$$"""{"current": {"id": "{{{currentId}}}", "secret": "{{{currentSecret}}}"}}"""
            : $$$"""{"current": {"id": "{{{currentId}}}", "secret": "{{{currentSecret}}}"}, "previous": {"id": "{{{previousId}}}", "secret": "{{{previousSecret}}}"}}""";

    private string Write(string content, string name = "keys.json")
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void RotatedFileIsPickedUpOnceTheReloadIntervalHasPassed()
    {
        var path = Write(KeySet("k1", SecretA));
        var source = new FileAssertionKeySource(path, clock, Interval);
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k1"));

        Write(KeySet("k2", SecretB, "k1", SecretA));
        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k1"), "checked before the interval");

        clock.Advance(TimeSpan.FromSeconds(1));
        var keys = source.GetKeys();
        Assert.That(keys.Current.Id, Is.EqualTo("k2"));
        Assert.That(keys.Previous?.Id, Is.EqualTo("k1"));
    }

    [Test]
    public void UnchangedFileKeepsTheSameKeySet()
    {
        var path = Write(KeySet("k1", SecretA));
        var source = new FileAssertionKeySource(path, clock, Interval);
        var first = source.GetKeys();

        clock.Advance(Interval * 3);

        Assert.That(source.GetKeys(), Is.SameAs(first));
    }

    [Test]
    public void ChangeWithinTheSameSecondIsStillSeenBecauseContentIsCompared()
    {
        var path = Write(KeySet("k1", SecretA));
        var source = new FileAssertionKeySource(path, clock, Interval);
        var stamp = File.GetLastWriteTimeUtc(path);

        Write(KeySet("k2", SecretB));
        File.SetLastWriteTimeUtc(path, stamp);
        clock.Advance(Interval);

        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k2"));
    }

    [Test]
    public void SymlinkSwapAsKubernetesMountsSecretsIsPickedUp()
    {
        var first = Path.Combine(directory, "..data-1");
        var second = Path.Combine(directory, "..data-2");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(first, "keys.json"), KeySet("k1", SecretA));
        File.WriteAllText(Path.Combine(second, "keys.json"), KeySet("k2", SecretB, "k1", SecretA));
        var data = Path.Combine(directory, "..data");
        Directory.CreateSymbolicLink(data, first);
        var mounted = Path.Combine(directory, "keys.json");
        File.CreateSymbolicLink(mounted, Path.Combine("..data", "keys.json"));
        var source = new FileAssertionKeySource(mounted, clock, Interval);
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k1"));

        // The kubelet retargets ..data; the mounted name and its modification time stay as they were.
        Directory.Delete(data);
        Directory.CreateSymbolicLink(data, second);
        clock.Advance(Interval);

        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k2"));
    }

    [Test]
    public void BrokenFileKeepsTheLastGoodKeysAndIsReported()
    {
        var path = Write(KeySet("k1", SecretA));
        var failures = new List<Exception>();
        var source = new FileAssertionKeySource(path, clock, Interval, failures.Add);

        Write("{\"current\": ");
        clock.Advance(Interval);
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k1"));

        File.Delete(path);
        clock.Advance(Interval);
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k1"));

        Assert.That(failures, Has.Count.EqualTo(2));
        Assert.That(failures[0], Is.TypeOf<FormatException>());
        Assert.That(failures[1], Is.InstanceOf<IOException>());

        Write(KeySet("k2", SecretB));
        clock.Advance(Interval);
        Assert.That(source.GetKeys().Current.Id, Is.EqualTo("k2"), "recovers once the file is good again");
    }

    [Test]
    public void MissingOrInvalidFileAtStartRefusesToStart()
    {
        Assert.Throws<FileNotFoundException>(() => new FileAssertionKeySource(Path.Combine(directory, "absent.json"), clock));
        Assert.Throws<FormatException>(() => new FileAssertionKeySource(Write("not json"), clock));
    }

    [Test]
    public void VerifierAcceptsTheNewKeyAfterTheFileRotates()
    {
        var path = Write(KeySet("k1", SecretA));
        var source = new FileAssertionKeySource(path, clock, Interval);
        var verifier = new AssertionVerifier(source, clock);
        var request = TestSigner.Sign("k2", SecretB, clock.GetUtcNow());
        Assert.That(verifier.Verify(request).Code, Is.EqualTo("unknown-key"));

        Write(KeySet("k2", SecretB, "k1", SecretA));
        clock.Advance(Interval);
        var fresh = TestSigner.Sign("k2", SecretB, clock.GetUtcNow());

        Assert.That(verifier.Verify(fresh).Code, Is.EqualTo("valid"));
    }
}
