using System.Diagnostics;

namespace IdentityFabric.Catalog.Tests;

/// <summary>
/// What the loader reads from a catalog folder: regular files only, each once, within the documented size limit.
/// Special files are named as errors instead of being opened, links are followed once, and a catalog over the limit is
/// refused before any parsing.
/// </summary>
public sealed class CatalogFileTests
{
    [Test]
    public void ANamedPipeInTheCatalogFolderIsAnErrorNotAHang()
    {
        using var dir = ExampleCopy();
        var pipe = dir.PathOf("pipe.yaml");
        MakeFifo(pipe);

        var load = Task.Run(() => CatalogLoader.Load(dir.Root));

        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "loading must not wait on the pipe");
        Assert.That(load.Result.Lines(), Has.Member($"{pipe}:1:1: error: a named pipe, not a regular file: only regular files are read"));
    }

    [Test]
    public void ANamedPipeGivenByNameIsAnErrorNotAHang()
    {
        using var dir = new TempFolder();
        var pipe = dir.PathOf("given.yaml");
        MakeFifo(pipe);

        var load = Task.Run(() => CatalogLoader.Load(pipe));

        Assert.That(load.Wait(TimeSpan.FromSeconds(30)), Is.True, "loading must not wait on the pipe");
        Assert.That(load.Result.Lines(), Is.EqualTo(new[] { $"{pipe}:1:1: error: a named pipe, not a regular file: only regular files are read" }));
    }

    [Test]
    public void ALinkLoopLoadsEveryFileOnce()
    {
        using var dir = ExampleCopy();
        Directory.CreateDirectory(dir.PathOf("sub"));
        File.CreateSymbolicLink(dir.PathOf(Path.Combine("sub", "loop")), dir.Root);
        File.CreateSymbolicLink(dir.PathOf(Path.Combine("sub", "up")), "..");

        var result = CatalogLoader.Load(dir.Root);

        Assert.That(result.Lines(), Is.Empty, "no file is read twice, so no name is a duplicate");
        Assert.That(result.Catalog!.Services, Has.Count.EqualTo(CatalogLoader.Load(TestCatalogs.ExampleDirectory).Catalog!.Services.Count));
    }

    [Test]
    public void ALinkToAFileAlreadyReadIsNotReadAgain()
    {
        using var dir = ExampleCopy();
        File.CreateSymbolicLink(dir.PathOf("again.yaml"), dir.PathOf("services.yaml"));

        Assert.That(CatalogLoader.Load(dir.Root).Lines(), Is.Empty);
    }

    [Test]
    public void TheSameFileGivenTwiceIsReadOnce()
    {
        using var dir = ExampleCopy();

        Assert.That(CatalogLoader.Load(dir.Root, dir.PathOf("services.yaml"), dir.Root + "/.").Lines(), Is.Empty);
    }

    [Test]
    public void ALinkThatLoopsOnItselfOrLeadsNowhereIsNamed()
    {
        using var dir = ExampleCopy();
        File.CreateSymbolicLink(dir.PathOf("self.yaml"), "self.yaml");
        File.CreateSymbolicLink(dir.PathOf("gone.yaml"), "nowhere.yaml");

        var result = CatalogLoader.Load(dir.Root);

        Assert.That(result.Lines(), Is.EquivalentTo(new[]
        {
            $"{dir.PathOf("gone.yaml")}:1:1: error: a symbolic link that loops or leads nowhere",
            $"{dir.PathOf("self.yaml")}:1:1: error: a symbolic link that loops or leads nowhere",
        }));
    }

    [Test]
    public void ACatalogOverTheSizeLimitIsRefusedBeforeParsing()
    {
        using var dir = ExampleCopy();
        var big = dir.PathOf("zz-big.yaml");
        using (var stream = File.Create(big))
        {
            stream.SetLength(CatalogLoader.MaxCatalogBytes);
        }

        var clock = Stopwatch.StartNew();
        var result = CatalogLoader.Load(dir.Root);
        clock.Stop();

        Assert.That(result.Catalog, Is.Null);
        Assert.That(result.Lines(), Has.Count.EqualTo(1));
        Assert.That(result.Lines()[0], Does.StartWith($"{big}:1:1: error: the catalog exceeds the size limit of 32 MiB"));
        TestContext.Out.WriteLine($"refused in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Test]
    public void ACatalogJustUnderTheLimitIsRead()
    {
        using var dir = new TempFolder();
        var text = TestCatalogs.Base + "\n" + new string('#', 1000) + "\n";
        dir.Write("catalog.yaml", text);

        Assert.That(CatalogLoader.Load(dir.Root).Lines(), Is.Empty);
    }

    private static TempFolder ExampleCopy()
    {
        var dir = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(TestCatalogs.ExampleDirectory, "*.yaml"))
        {
            File.Copy(file, dir.PathOf(Path.GetFileName(file)));
        }

        return dir;
    }

    private static void MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes do not live in folders on Windows");
        }

        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
    }
}
