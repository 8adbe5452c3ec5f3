using System.Collections;
using System.Reflection;

namespace IdentityFabric.Catalog.Tests;

/// <summary>The example catalog survives writing and reading back, record for record.</summary>
public sealed class RoundTripTests
{
    [Test]
    public void TheExampleCatalogReadsBackIntoEqualRecords()
    {
        var original = CatalogLoader.Load(TestCatalogs.ExampleDirectory).GetValidCatalog();

        var reread = CatalogLoader.LoadText("written.yaml", CatalogWriter.Write(original));

        Assert.That(reread.Lines(), Is.Empty);
        Assert.That(Differences(original, reread.Catalog!, "catalog"), Is.Empty);
    }

    [Test]
    public void WritingIsAFixedPoint()
    {
        var first = CatalogWriter.Write(CatalogLoader.Load(TestCatalogs.ExampleDirectory).GetValidCatalog());

        var second = CatalogWriter.Write(CatalogLoader.LoadText("first.yaml", first).GetValidCatalog());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void StringsThatLookLikeOtherTypesAreQuotedWhenWritten()
    {
        var catalog = CatalogLoader.Load(TestCatalogs.ExampleDirectory).GetValidCatalog();
        var roles = catalog.Roles.Select((r, i) => i == 0 ? r with { IdpGroups = ["true", "8080", "null", "~", "1e3", "- dash", "a: b", "#hash"] } : r).ToList();

        var reread = CatalogLoader.LoadText("quoted.yaml", CatalogWriter.Write(catalog with { Roles = roles })).GetValidCatalog();

        Assert.That(reread.Roles[0].IdpGroups, Is.EqualTo(roles[0].IdpGroups));
    }

    [Test]
    public void TheDifferenceFinderNoticesAChangedField()
    {
        var catalog = CatalogLoader.Load(TestCatalogs.ExampleDirectory).GetValidCatalog();
        var changed = catalog with { Services = [catalog.Services[0] with { Port = 1 }, .. catalog.Services.Skip(1)] };

        Assert.That(Differences(catalog, changed, "catalog"), Is.EqualTo(new[] { "catalog.Services[0].Port: 8080 != 1" }));
    }

    /// <summary>Compares two record graphs by value, ignoring where things were declared.</summary>
    private static List<string> Differences(object? a, object? b, string path)
    {
        var found = new List<string>();
        Compare(a, b, path, found);
        return found;
    }

    private static void Compare(object? a, object? b, string path, List<string> found)
    {
        if (a is null || b is null)
        {
            if (!(a is null && b is null))
            {
                found.Add($"{path}: {a ?? "null"} != {b ?? "null"}");
            }

            return;
        }

        if (a is SourceLocation || a is SourceMap)
        {
            return;
        }

        var type = a.GetType();
        if (a is string || type.IsPrimitive || type.IsEnum || a is TimeSpan)
        {
            if (!a.Equals(b))
            {
                found.Add($"{path}: {a} != {b}");
            }

            return;
        }

        if (a is IDictionary da && b is IDictionary db)
        {
            var keys = da.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
            var otherKeys = db.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal).ToList();
            if (!keys.SequenceEqual(otherKeys))
            {
                found.Add($"{path}: keys [{string.Join(",", keys)}] != [{string.Join(",", otherKeys)}]");
                return;
            }

            foreach (var key in da.Keys)
            {
                Compare(da[key], db[key], $"{path}[{key}]", found);
            }

            return;
        }

        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            var la = ea.Cast<object>().ToList();
            var lb = eb.Cast<object>().ToList();
            if (la.Count != lb.Count)
            {
                found.Add($"{path}: {la.Count} items != {lb.Count} items");
                return;
            }

            for (var i = 0; i < la.Count; i++)
            {
                Compare(la[i], lb[i], $"{path}[{i}]", found);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Compare(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}", found);
            }
        }
    }
}
