using Pulumi;
using Pulumi.Cloudflare.Inputs;

namespace IdentityFabric.Components.Edge.Worker;

/// <summary>Turns a Worker's contract bindings, with one value each, into the bindings of its <c>WorkersScript</c>.</summary>
internal static class ScriptBindings
{
    /// <summary>The <c>WorkersScript</c> bindings, in the order given.</summary>
    /// <param name="specs">Each binding's name and type, as <see cref="WorkerBindings"/> lists them.</param>
    /// <param name="values">The value of every binding by name: the namespace id of a KV binding, the script name of a
    /// service binding, the text or JSON of the others.</param>
    /// <exception cref="KeyNotFoundException">A binding has no value.</exception>
    public static InputList<WorkersScriptBindingArgs> Of(
        IEnumerable<(string Name, WorkerBindingType Type)> specs, IReadOnlyDictionary<string, Input<string>> values)
    {
        var bindings = new InputList<WorkersScriptBindingArgs>();
        foreach (var (name, type) in specs)
        {
            var value = values[name];
            var binding = new WorkersScriptBindingArgs { Name = name, Type = WorkerBindings.WireType(type) };
            switch (type)
            {
                case WorkerBindingType.KvNamespace:
                    binding.NamespaceId = value;
                    break;
                case WorkerBindingType.Json:
                    binding.Json = value;
                    break;
                case WorkerBindingType.SecretText:
                    binding.Text = Output.CreateSecret(value.ToOutput());
                    break;
                case WorkerBindingType.Service:
                    // The script alone: no environment (legacy service environments, which these scripts do not use)
                    // and no entrypoint (the target's default export).
                    binding.Service = value;
                    break;
                default:
                    binding.Text = value;
                    break;
            }

            bindings.Add(binding);
        }

        return bindings;
    }
}
