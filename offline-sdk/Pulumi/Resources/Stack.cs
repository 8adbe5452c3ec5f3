using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi;

/// <summary>
/// The root resource of a Pulumi program. Derive from it, create resources in the constructor
/// and expose stack outputs as <c>[Output]</c> properties.
/// </summary>
public class Stack : ComponentResource
{
    internal const string RootStackType = "pulumi:pulumi:Stack";

    public Stack(StackOptions? options = null)
        : base(RootStackType, $"{Deployment.Instance.ProjectName}-{Deployment.Instance.StackName}", ConvertOptions(options))
    {
        Deployment.InternalInstance.Stack = this;
    }

    internal Stack(Func<Task<IDictionary<string, object?>>> init, StackOptions? options) : this(options)
    {
        try
        {
            Outputs = Output.Create(RunInitAsync(init));
        }
        finally
        {
            RegisterOutputs(Outputs);
        }
    }

    internal Output<IDictionary<string, object?>> Outputs { get; private set; } =
        Output.Create<IDictionary<string, object?>>(ImmutableDictionary<string, object?>.Empty);

    /// <summary>Finds the [Output] properties declared on the stack class and registers them as stack outputs.</summary>
    internal void RegisterPropertyOutputs()
    {
        var outputs = (from property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                       let attribute = property.GetCustomAttribute<OutputAttribute>()
                       where attribute is not null
                       select new KeyValuePair<string, object?>(attribute.Name ?? property.Name, property.GetValue(this))).ToList();

        var unassigned = outputs.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList();
        if (unassigned.Count > 0)
        {
            throw new RunException($"Output(s) '{string.Join(", ", unassigned)}' have no value assigned. [Output] attributed properties must be assigned inside Stack constructor.");
        }

        var wrongTypes = outputs
            .Where(kv => !(kv.Value!.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Output<>)))
            .Select(kv => kv.Key)
            .ToList();
        if (wrongTypes.Count > 0)
        {
            throw RunException.OutputsHaveIncorrectType(wrongTypes);
        }

        IDictionary<string, object?> dictionary = new Dictionary<string, object?>(outputs);
        Outputs = Output.Create(dictionary);
        RegisterOutputs(Outputs);
    }

    private static async Task<IDictionary<string, object?>> RunInitAsync(Func<Task<IDictionary<string, object?>>> init)
        => (await init().ConfigureAwait(false)).ToImmutableDictionary();

    private static ComponentResourceOptions? ConvertOptions(StackOptions? options)
        => options is null ? null : new ComponentResourceOptions { ResourceTransformations = options.ResourceTransformations };
}
