using System.Reflection;
using System.Text.Json;
using IdentityFabric.Stacks;
using NUnit.Framework;
using Pulumi;
using Pulumi.Utilities;

namespace IdentityFabric.Tests;

[TestFixture]
public sealed class StackOutputTests
{
    [TestCase("dev")]
    [TestCase("staging")]
    [TestCase("prod")]
    public async Task NoStackOutputShowsAGeneratedValueInClear(string stack)
    {
        var (resources, mocks) = await StackHarness.RunAsync(stack);
        var fabric = resources.OfType<FabricStack>().Single();
        var generated = mocks.GeneratedValues;
        Assert.That(generated, Is.Not.Empty, "the stack generates keys, so the check has something to look for");

        foreach (var property in OutputProperties())
        {
            var output = property.GetValue(fabric)!;
            var isSecret = await IsSecretAsync(output);
            var text = JsonSerializer.Serialize(await ValueAsync(output));
            if (isSecret)
            {
                continue;
            }

            // A key travels base64url-encoded to the Worker: look for every encoding the mock handed out.
            Assert.That(generated.Where(value => text.Contains(value, StringComparison.Ordinal)), Is.Empty,
                $"stack output '{property.GetCustomAttribute<OutputAttribute>()!.Name}' shows a generated value in clear");
        }
    }

    [Test]
    public async Task TheStackExportsTheKeyIdButNeverTheKey()
    {
        var (resources, _) = await StackHarness.RunAsync("dev");
        var fabric = resources.OfType<FabricStack>().Single();

        Assert.That(await OutputUtilities.GetValueAsync(fabric.SigningKeyCurrentId), Does.Match("^k[0-9]+$"));
        Assert.That(OutputProperties().Select(p => p.GetCustomAttribute<OutputAttribute>()!.Name),
            Has.None.Matches("(?i)(signingKey(Current|Previous)$|secret|password|token)"));
    }

    private static IEnumerable<PropertyInfo> OutputProperties() =>
        typeof(FabricStack).GetProperties().Where(p => p.GetCustomAttribute<OutputAttribute>() is not null);

    private static async Task<object?> ValueAsync(object output)
    {
        var method = typeof(OutputUtilities).GetMethod(nameof(OutputUtilities.GetValueAsync))!
            .MakeGenericMethod(output.GetType().GetGenericArguments()[0]);
        var task = (Task)method.Invoke(null, [output])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task);
    }

    private static async Task<bool> IsSecretAsync(object output)
    {
        var method = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!
            .MakeGenericMethod(output.GetType().GetGenericArguments()[0]);
        return await (Task<bool>)method.Invoke(null, [output])!;
    }
}
