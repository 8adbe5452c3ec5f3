using System.Collections.Immutable;
using IdentityFabric.Catalog;
using IdentityFabric.Components.Outputs;
using Pulumi;
using Pulumi.Aws.SecretsManager;
using Pulumi.Aws.SecretsManager.Inputs;
using Pulumi.Random;

namespace IdentityFabric.Components.Secrets;

/// <summary>What the secrets of one environment are made from.</summary>
public sealed class SecretsArgs : ResourceArgs
{
    /// <summary>The environment's view of the catalog.</summary>
    public required EnvironmentView View { get; init; }

    /// <summary>The edge signing key's rotation epoch (stack config <c>signingKeyEpoch</c>), 0 or more.</summary>
    public required int SigningKeyEpoch { get; init; }

    /// <summary>The date at which the rotation periods of generated secrets are counted (from config or a clock the
    /// stack injects). Null keys generated secrets to <see cref="SigningKeyEpoch"/>, so raising the epoch rotates them.</summary>
    public DateOnly? RotationDate { get; init; }
}

/// <summary>
/// Every catalog secret as a Secrets Manager secret with a generated first value and a rotation, and the edge
/// signing keys (current and previous, keyed to the rotation epoch) stored as the key set the mesh verifiers read.
/// </summary>
/// <remarks>
/// <para>Who writes values after the first one:</para>
/// <list type="bullet">
/// <item>Secrets with a rotation Lambda: the Lambda, on the <c>SecretRotation</c> schedule (and at once on
/// creation, so the generated placeholder never lives long). Pulumi writes the first version only, through the
/// write-only <c>secretStringWo</c> input with a fixed <c>secretStringWoVersion</c>: the value never enters the
/// version's state, and since only a new version number makes the provider write it again, a later
/// <c>pulumi up</c> never writes it back over a rotated one. The first value has the shape the rotation function
/// reads (the catalog's <c>format</c>: JSON of the <c>fields</c> and a generated <c>password</c> by default, or the
/// string alone), and the <c>SecretRotation</c> waits for that version, so the first rotation never meets an empty
/// secret. The version ignores its staging labels, which the rotation moves. One residual case: should AWS ever
/// delete that first version (deprecated versions are pruned) and a <c>pulumi refresh</c> notice it, the next
/// <c>up</c> would create it again; the rotation that follows replaces it, as on creation.</item>
/// <item>Generated secrets: Pulumi. Their Random keepers name the rotation period the rotation date falls in, so the
/// first <c>pulumi up</c> of each period makes a new value and a new version; nothing else writes them.</item>
/// <item>The edge signing key set: Pulumi, when the epoch moves (see <see cref="SigningKeyRotation"/>).</item>
/// </list>
/// <para>Every generated value is a Pulumi secret; the component's key outputs are secret. The catalog carries no
/// KMS key, so secrets use the account's <c>aws/secretsmanager</c> key; the recovery window is the longest AWS
/// allows where the environment protects secrets, else the shortest.</para>
/// </remarks>
public sealed class SecretsComponent : ComponentResource
{
    /// <summary>Creates the secrets of one environment.</summary>
    /// <param name="name">The component name; children are named from it.</param>
    /// <param name="args">The view and the epoch.</param>
    /// <param name="options">Component options.</param>
    public SecretsComponent(string name, SecretsArgs args, ComponentResourceOptions? options = null)
        : base("identity-fabric:secrets:Secrets", name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var view = args.View;
        var keyPlan = SigningKeyRotation.Plan(args.SigningKeyEpoch);

        // One Random resource per slot; each is keyed to the epoch it holds, so a new epoch replaces one of them.
        var keys = SigningKeyRotation.Slots.ToDictionary(
            slot => slot,
            slot =>
            {
                var holds = keyPlan.Current.Slot == slot ? keyPlan.Current : keyPlan.Previous;
                var bytes = new RandomBytes($"{name}-signing-key-{slot}", new RandomBytesArgs
                {
                    Length = SigningKeyRotation.KeyBytes,
                    Keepers = OutputMaps.ToInputMap(holds.Keepers),
                }, new CustomResourceOptions { Parent = this });
                return Output.CreateSecret(bytes.Base64.Apply(SigningKeyRotation.ToBase64Url));
            },
            StringComparer.Ordinal);
        var current = keys[keyPlan.Current.Slot];
        var previous = keys[keyPlan.Previous.Slot];

        // The federation Worker's STS credential cache key: rotating it only costs one STS call per cached caller, so
        // it simply follows the signing key epoch.
        var cacheKey = new RandomBytes($"{name}-sts-cache-key", new RandomBytesArgs
        {
            Length = SigningKeyRotation.KeyBytes,
            Keepers = OutputMaps.ToInputMap(keyPlan.Current.Keepers),
        }, new CustomResourceOptions { Parent = this });
        StsCacheKey = Output.CreateSecret(cacheKey.Base64.Apply(SigningKeyRotation.ToBase64Url));

        // The key that pseudonymizes subjects in the edge's audit logs. It does not follow the epoch: one subject must
        // hash to the same value across rotations, or the audit trail could not be followed over time.
        var logKey = new RandomBytes($"{name}-log-subject-key", new RandomBytesArgs
        {
            Length = SigningKeyRotation.KeyBytes,
        }, new CustomResourceOptions { Parent = this });
        LogSubjectKey = Output.CreateSecret(logKey.Base64.Apply(SigningKeyRotation.ToBase64Url));

        var arns = new Dictionary<string, Output<string>>(StringComparer.Ordinal);
        foreach (var plan in SecretPlanner.Plan(view, args.SigningKeyEpoch, args.RotationDate))
        {
            var secret = new Secret($"{name}-{plan.CatalogName}", new SecretArgs
            {
                Name = plan.SecretName,
                Description = plan.Description,
                RecoveryWindowInDays = plan.RecoveryWindowDays,
                Tags = OutputMaps.ToInputMap(plan.Tags),
            }, new CustomResourceOptions { Parent = this, Protect = plan.Protect });
            arns[plan.CatalogName] = secret.Arn;

            if (plan.Rotator == SecretRotator.SigningKeyEpoch)
            {
                var keySet = Output.Tuple(current, previous)
                    .Apply(k => SigningKeyRotation.KeySetDocument(keyPlan, k.Item1, k.Item2));
                _ = new SecretVersion($"{name}-{plan.CatalogName}-version", new SecretVersionArgs
                {
                    SecretId = secret.Id,
                    SecretString = Output.CreateSecret(keySet),
                }, new CustomResourceOptions { Parent = this });
                continue;
            }

            var value = new RandomPassword($"{name}-{plan.CatalogName}-value", new RandomPasswordArgs
            {
                Length = plan.Length,
                Special = plan.Special,
                Keepers = OutputMaps.ToInputMap(plan.Keepers),
            }, new CustomResourceOptions { Parent = this });

            if (plan.Rotator != SecretRotator.Lambda)
            {
                _ = new SecretVersion($"{name}-{plan.CatalogName}-version", new SecretVersionArgs
                {
                    SecretId = secret.Id,
                    SecretString = value.Result,
                }, new CustomResourceOptions { Parent = this });
                continue;
            }

            // The Lambda owns the value after the first version: write it once, write-only, in the rotation's shape.
            var firstValue = value.Result.Apply(generated => SecretPlanner.FirstValue(plan, generated));
            var firstVersion = new SecretVersion($"{name}-{plan.CatalogName}-version", new SecretVersionArgs
            {
                SecretId = secret.Id,
                SecretStringWo = Output.CreateSecret(firstValue),
                SecretStringWoVersion = SecretPlanner.FirstValueVersion,
            }, new CustomResourceOptions { Parent = this, IgnoreChanges = ["versionStages"] });

            _ = new SecretRotation($"{name}-{plan.CatalogName}-rotation", new SecretRotationArgs
            {
                SecretId = secret.Id,
                RotationLambdaArn = plan.RotationLambdaArn!,
                RotateImmediately = true,
                RotationRules = new SecretRotationRotationRulesArgs { AutomaticallyAfterDays = plan.RotationDays },
            }, new CustomResourceOptions { Parent = this, DependsOn = { firstVersion } });
        }

        SecretArnsByName = arns;
        SigningKeyCurrent = current;
        SigningKeyPrevious = previous;
        SigningKeyCurrentId = Output.Create(keyPlan.Current.KeyId);
        SigningKeyPreviousId = Output.Create(keyPlan.Previous.KeyId);
        SigningKeySecretArn = arns[SecretPlanner.SigningKeySecretName];
        var names = arns.Keys.Order(StringComparer.Ordinal).ToList();
        SecretArns = Output.All(names.Select(n => arns[n]))
            .Apply(values => names.Zip(values).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["signingKeyCurrent"] = SigningKeyCurrent,
            ["signingKeyPrevious"] = SigningKeyPrevious,
            ["signingKeyCurrentId"] = SigningKeyCurrentId,
            ["signingKeyPreviousId"] = SigningKeyPreviousId,
            ["secretArns"] = SecretArns,
            ["signingKeySecretArn"] = SigningKeySecretArn,
            ["stsCacheKey"] = StsCacheKey,
            ["logSubjectKey"] = LogSubjectKey,
        });
    }

    /// <summary>The current edge signing key: base64url of 32 random bytes (secret).</summary>
    [Output("signingKeyCurrent")]
    public Output<string> SigningKeyCurrent { get; private set; }

    /// <summary>The previous edge signing key (secret); still accepted by verifiers during a rotation.</summary>
    [Output("signingKeyPrevious")]
    public Output<string> SigningKeyPrevious { get; private set; }

    /// <summary>The current key's id, <c>k{epoch}</c> (not secret).</summary>
    [Output("signingKeyCurrentId")]
    public Output<string> SigningKeyCurrentId { get; private set; }

    /// <summary>The previous key's id, <c>k{epoch-1}</c> (not secret).</summary>
    [Output("signingKeyPreviousId")]
    public Output<string> SigningKeyPreviousId { get; private set; }

    /// <summary>Secrets Manager ARNs by catalog secret name (including the signing key set).</summary>
    [Output("secretArns")]
    public Output<ImmutableDictionary<string, string>> SecretArns { get; private set; }

    /// <summary>The ARN of the secret that holds the signing key set the mesh verifiers read.</summary>
    [Output("signingKeySecretArn")]
    public Output<string> SigningKeySecretArn { get; private set; }

    /// <summary>The key of the federation Worker's encrypted STS credential cache: base64url of 32 random bytes (secret),
    /// renewed with each signing key epoch.</summary>
    [Output("stsCacheKey")]
    public Output<string> StsCacheKey { get; private set; }

    /// <summary>The key (secret, base64url of 32 bytes) the Worker hashes personal-data subjects with in its logs.</summary>
    [Output("logSubjectKey")]
    public Output<string> LogSubjectKey { get; private set; }

    /// <summary>The same ARNs as <see cref="SecretArns"/>, one output per catalog secret name, for other components.</summary>
    public IReadOnlyDictionary<string, Output<string>> SecretArnsByName { get; }

}
