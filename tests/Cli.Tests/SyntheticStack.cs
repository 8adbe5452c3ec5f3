using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.SecretsManager;
using Pulumi.Cloudflare;
using Pulumi.Cloudflare.Inputs;
using Pulumi.Random;

namespace IdentityFabric.Cli.Tests;

/// <summary>
/// A small program shaped like the fabric: a secrets component with a generated key stored in Secrets Manager, an
/// edge component with a nested component, a Worker that receives the key as a secret_text binding and a plain
/// setting, and an IAM role. It reads config, so the plan's configuration path is exercised too.
/// </summary>
public sealed class SyntheticStack : Stack
{
    public SyntheticStack()
    {
        var config = new Config();
        var environment = config.Get("environment") ?? Deployment.Instance.StackName;
        var epoch = config.GetInt32("signingKeyEpoch") ?? 0;

        var secrets = new SyntheticSecrets("secrets", epoch);
        var edge = new SyntheticEdge("edge", environment, secrets.Key);
        _ = new Role("orders-role", new RoleArgs
        {
            Name = $"fabric-{environment}-orders",
            AssumeRolePolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
            Tags = { ["Environment"] = environment },
        });

        WorkerName = edge.WorkerName;
    }

    [Output("workerName")]
    public Output<string> WorkerName { get; private set; }
}

public sealed class SyntheticSecrets : ComponentResource
{
    public SyntheticSecrets(string name, int epoch)
        : base("identity-fabric:secrets:Secrets", name)
    {
        var bytes = new RandomBytes($"{name}-signing-key-even", new RandomBytesArgs
        {
            Length = 32,
            Keepers = { ["epoch"] = epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        }, new CustomResourceOptions { Parent = this });
        Key = Output.CreateSecret(bytes.Base64.Apply(b => b.TrimEnd('=').Replace('+', '-').Replace('/', '_')));

        var secret = new Secret($"{name}-edge-signing-key", new SecretArgs { Name = "fabric/edge-signing-key" }, new CustomResourceOptions { Parent = this });
        _ = new SecretVersion($"{name}-edge-signing-key-version", new SecretVersionArgs
        {
            SecretId = secret.Id,
            SecretString = Key.Apply(k => $"{{\"current\":{{\"id\":\"k{epoch}\",\"secret\":\"{k}\"}}}}"),
        }, new CustomResourceOptions { Parent = this });
        RegisterOutputs();
    }

    public Output<string> Key { get; }
}

public sealed class SyntheticEdge : ComponentResource
{
    public SyntheticEdge(string name, string environment, Output<string> key)
        : base("identity-fabric:edge:Edge", name)
    {
        var script = new WorkersScript($"{name}-worker", new WorkersScriptArgs
        {
            AccountId = "0000000000000000000000000000000a",
            ScriptName = $"fabric-{environment}",
            Content = "export default {};",
            Bindings =
            {
                new WorkersScriptBindingArgs { Name = "SIGNING_KEY", Type = "secret_text", Text = key },
                new WorkersScriptBindingArgs { Name = "ENVIRONMENT", Type = "plain_text", Text = environment },
            },
        }, new CustomResourceOptions { Parent = this });
        _ = new SyntheticAccess($"{name}-access", new ComponentResourceOptions { Parent = this });
        WorkerName = script.ScriptName;
        RegisterOutputs();
    }

    [Output("workerName")]
    public Output<string> WorkerName { get; private set; }
}

public sealed class SyntheticAccess : ComponentResource
{
    public SyntheticAccess(string name, ComponentResourceOptions options)
        : base("identity-fabric:edge:AccessApps", name, options)
    {
        _ = new ZeroTrustAccessServiceToken($"{name}-warehouse-sync", new ZeroTrustAccessServiceTokenArgs
        {
            AccountId = "0000000000000000000000000000000a",
            Name = "warehouse-sync",
        }, new CustomResourceOptions { Parent = this });
        RegisterOutputs();
    }
}
