using System.Text.Json;
using IdentityFabric.Components.Secrets;

namespace IdentityFabric.Secrets.Tests;

public sealed class SigningKeyRotationTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(41)]
    public void MovingTheEpochChangesTheKeepersOfTheNewCurrentSlotOnly(int epoch)
    {
        var before = SigningKeyRotation.Plan(epoch);
        var after = SigningKeyRotation.Plan(epoch + 1);

        Assert.Multiple(() =>
        {
            Assert.That(after.Previous, Is.EqualTo(before.Current), "the old current key becomes previous, untouched");
            Assert.That(after.Previous.Keepers, Is.EqualTo(before.Current.Keepers));
            Assert.That(after.Current.Slot, Is.EqualTo(before.Previous.Slot), "the new key takes the slot of the old previous");
            Assert.That(after.Current.Keepers, Is.Not.EqualTo(before.Previous.Keepers));
            Assert.That(after.Current.Slot, Is.Not.EqualTo(after.Previous.Slot));
        });
    }

    [Test]
    public void KeyIdsAreDerivedFromTheEpochAndNeverRepeatWithinAKeySet()
    {
        var plan = SigningKeyRotation.Plan(7);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Current.KeyId, Is.EqualTo("k7"));
            Assert.That(plan.Previous.KeyId, Is.EqualTo("k6"));
            Assert.That(plan.RetiredId, Is.EqualTo("k5"));
            Assert.That(SigningKeyRotation.Plan(0).RetiredId, Is.Null, "nothing is retired before the first rotation");
        });
    }

    [Test]
    public void ANegativeEpochIsRefused() =>
        Assert.That(() => SigningKeyRotation.Plan(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void KeysTravelAsUnpaddedBase64Url()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)(250 - i)).ToArray();

        var url = SigningKeyRotation.ToBase64Url(Convert.ToBase64String(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(url, Has.Length.EqualTo(43));
            Assert.That(url, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(Convert.FromBase64String(url.Replace('-', '+').Replace('_', '/') + "="), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void TheKeySetDocumentHasTheShapeTheVerifiersRead()
    {
        var plan = SigningKeyRotation.Plan(4);

        using var doc = JsonDocument.Parse(SigningKeyRotation.KeySetDocument(plan, "current-key", "previous-key"));
        var root = doc.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("current").GetProperty("id").GetString(), Is.EqualTo("k4"));
            Assert.That(root.GetProperty("current").GetProperty("secret").GetString(), Is.EqualTo("current-key"));
            Assert.That(root.GetProperty("previous").GetProperty("id").GetString(), Is.EqualTo("k3"));
            Assert.That(root.GetProperty("previous").GetProperty("secret").GetString(), Is.EqualTo("previous-key"));
            Assert.That(root.GetProperty("retired").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "k2" }));
        });
    }
}
