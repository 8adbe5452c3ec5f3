using IdentityFabric.Catalog;
using IdentityFabric.Cli.Planning.Access;
using IdentityFabric.Testing;

namespace IdentityFabric.Cli.Tests;

/// <summary>Effective-access models of the example catalog and of edited copies of it, read back from the JSON plan
/// the way <c>diff</c> reads them.</summary>
internal static class AccessCatalogs
{
    public static readonly string[] Stacks = ["dev", "staging", "prod"];

    /// <summary>The model of one stack of the example catalog, with each file's text passed through
    /// <paramref name="edit"/> (which must change what it means to: see <see cref="FabricPlans.ReplaceOnce"/>).</summary>
    public static EffectiveAccess Model(string stack, Func<string, string, string>? edit = null)
    {
        var sources = Directory.GetFiles(RepositoryPaths.Combine("catalog"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileName(path);
                var text = File.ReadAllText(path);
                return (name, edit is null ? text : edit(name, text));
            })
            .ToList();
        var loaded = CatalogLoader.LoadText(sources);
        Assert.That(loaded.Errors, Is.Empty, "the edited catalog must stay valid");
        var view = EnvironmentResolver.Resolve(loaded.GetValidCatalog(), stack).GetView();
        var plan = new StackPlan(stack, []) { Access = EffectiveAccessBuilder.Build(view) };
        return PlanJson.Read(PlanJson.Write(plan), "plan.json").Access!;
    }

    /// <summary>The access diff between the example catalog and an edited copy, in one stack.</summary>
    public static AccessDiff Diff(string stack, Func<string, string, string> edit) =>
        AccessDiff.Between(Model(stack), Model(stack, edit));

    /// <summary>An edit of one file: replaces exactly one occurrence.</summary>
    public static Func<string, string, string> Edit(string file, string find, string replacement) =>
        (name, text) => name == file ? FabricPlans.ReplaceOnce(text, find, replacement) : text;

    /// <summary>Several edits, applied in order.</summary>
    public static Func<string, string, string> Edits(params Func<string, string, string>[] edits) =>
        (name, text) => edits.Aggregate(text, (current, edit) => edit(name, current));

    /// <summary>The hostname of an edge entry point in a stack of the example catalog.</summary>
    public static string Host(string stack, string edge = "public-api") =>
        ExampleCatalog.View(stack).Edges.Single(e => e.Edge.Name == edge).Hostname;

    /// <summary>The IAM role a catalog role federates into, when the stack federates.</summary>
    public static string FederatedRole(string stack, string role) => ResourceNames.FederatedRoleName(stack, role);

    /// <summary>Whether the stack's users reach <paramref name="service"/> on Lattice through a federated role too.</summary>
    public static bool FederatesInto(string stack, string service)
    {
        var view = ExampleCatalog.View(stack);
        return view.Environment.Mesh.BackendFor(service) == MeshBackend.Lattice
            && view.Environment.IdentityPropagation != IdentityPropagation.Assertion;
    }
}
