namespace IdentityFabric.Cli.Planning;

/// <summary>A component (or the stack) as the program constructed it.</summary>
/// <param name="Type">Its type token.</param>
/// <param name="Name">Its logical name.</param>
public sealed record ComponentIdentity(string Type, string Name);

/// <summary>
/// Works out each resource's parent and the URN the engine would give it. The mock engine tells the mocks neither
/// (its URNs carry only the stack's type), and Pulumi's public API exposes no parent, so the parent comes from the
/// project's naming rule: a component's children are named <c>{component name}-{suffix}</c>. A resource's parent is
/// the component with the longest name that prefixes the resource's name followed by '-'; a resource no component
/// name prefixes belongs to the stack. URNs then follow the engine's rule: the parent's qualified type, '$', the own
/// type (children of the stack carry only their own type).
/// </summary>
public static class ResourceHierarchy
{
    /// <summary>The stack's type token.</summary>
    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>Places every resource under its parent and gives it its URN.</summary>
    /// <param name="project">The project name.</param>
    /// <param name="stack">The stack name.</param>
    /// <param name="stackResourceName">The stack resource's logical name (<c>{project}-{stack}</c>).</param>
    /// <param name="components">The components the program constructed (not the stack).</param>
    /// <param name="resources">Every resource registered (components included or not).</param>
    /// <returns>For each resource of <paramref name="resources"/>, in the same order: its URN and its parent's URN.</returns>
    /// <exception cref="PlanException">Two resources would get the same URN (the engine refuses such a program).</exception>
    public static IReadOnlyList<(string Urn, string ParentUrn)> Place(
        string project, string stack, string stackResourceName,
        IReadOnlyCollection<ComponentIdentity> components, IReadOnlyList<RecordedResource> resources)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(stack);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(resources);

        var stackUrn = Urn(project, stack, StackType, stackResourceName);

        // Longest names first, so the first match is the nearest component; equal names tie-break on the type.
        var candidates = components
            .Distinct()
            .OrderByDescending(c => c.Name.Length)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Type, StringComparer.Ordinal)
            .ToList();
        // The nearest component of each name: the first in the order above.
        var byName = new Dictionary<string, ComponentIdentity>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            byName.TryAdd(candidate.Name, candidate);
        }

        var qualified = new Dictionary<ComponentIdentity, (string QualifiedType, string Urn)>();

        ComponentIdentity? ParentOf(string name)
        {
            // Only names that could be prefixes are tried: the name cut at each '-'.
            for (var cut = name.LastIndexOf('-'); cut > 0; cut = name.LastIndexOf('-', cut - 1))
            {
                if (byName.TryGetValue(name[..cut], out var component))
                {
                    return component;
                }
            }

            return null;
        }

        (string QualifiedType, string Urn) Qualify(ComponentIdentity component)
        {
            if (qualified.TryGetValue(component, out var known))
            {
                return known;
            }

            var parent = ParentOf(component.Name);
            var type = parent is null ? component.Type : Qualify(parent).QualifiedType + "$" + component.Type;
            var result = (type, Urn(project, stack, type, component.Name));
            qualified[component] = result;
            return result;
        }

        var placed = new List<(string Urn, string ParentUrn)>(resources.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var parent = ParentOf(resource.Name);
            var parentUrn = parent is null ? stackUrn : Qualify(parent).Urn;
            var type = parent is null ? resource.Type : Qualify(parent).QualifiedType + "$" + resource.Type;
            var urn = Urn(project, stack, type, resource.Name);
            if (!seen.Add(urn))
            {
                throw new PlanException($"two resources share the URN {urn}: give one of them another name");
            }

            placed.Add((urn, parentUrn));
        }

        return placed;
    }

    /// <summary>A URN: <c>urn:pulumi:{stack}::{project}::{qualified type}::{name}</c>.</summary>
    /// <param name="project">The project name.</param>
    /// <param name="stack">The stack name.</param>
    /// <param name="qualifiedType">The type chain, joined with '$'.</param>
    /// <param name="name">The logical name.</param>
    public static string Urn(string project, string stack, string qualifiedType, string name) =>
        $"urn:pulumi:{stack}::{project}::{qualifiedType}::{name}";
}

/// <summary>The plan cannot be made; the message says why, for people.</summary>
public sealed class PlanException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public PlanException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="inner">The cause.</param>
    public PlanException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PlanException()
        : base("the plan could not be made")
    {
    }
}
