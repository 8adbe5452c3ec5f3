using System.Globalization;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Secrets;

/// <summary>Who changes a secret's value after its first one.</summary>
public enum SecretRotator
{
    /// <summary>The catalog's rotation Lambda, on the Secrets Manager rotation schedule. Pulumi writes only the
    /// first value and never writes it again.</summary>
    Lambda,

    /// <summary>Pulumi: the value is regenerated when its rotation period (its Random keepers) moves on.</summary>
    Generation,

    /// <summary>Pulumi, through the signing key epoch: the secret holds the edge signing key set.</summary>
    SigningKeyEpoch,
}

/// <summary>How one catalog secret becomes AWS resources in one environment.</summary>
public sealed record CatalogSecretPlan
{
    /// <summary>The catalog name (the key of the component's ARN maps).</summary>
    public required string CatalogName { get; init; }

    /// <summary>The Secrets Manager name (<see cref="ResourceNames.SecretName"/>).</summary>
    public required string SecretName { get; init; }

    /// <summary>The description shown in Secrets Manager.</summary>
    public required string Description { get; init; }

    /// <summary>Who rotates the value.</summary>
    public required SecretRotator Rotator { get; init; }

    /// <summary>The rotation period here: the catalog's, capped by the environment.</summary>
    public required int RotationDays { get; init; }

    /// <summary>The rotation Lambda (for <see cref="SecretRotator.Lambda"/>), else null.</summary>
    public string? RotationLambdaArn { get; init; }

    /// <summary>Length of the generated value.</summary>
    public required int Length { get; init; }

    /// <summary>Whether the generated value may contain punctuation.</summary>
    public required bool Special { get; init; }

    /// <summary>The shape of the first value (<see cref="SecretRotator.Lambda"/>: as the rotation function reads it;
    /// otherwise <see cref="SecretFormat.Text"/>, the generated string).</summary>
    public SecretFormat Format { get; init; } = SecretFormat.Text;

    /// <summary>Fixed members of a <see cref="SecretFormat.Json"/> first value besides the generated password.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Keepers of the Random resource that makes the value: they change exactly when the value must.</summary>
    public required IReadOnlyDictionary<string, string> Keepers { get; init; }

    /// <summary>Days a deleted secret can still be restored.</summary>
    public required int RecoveryWindowDays { get; init; }

    /// <summary>Whether the secret is protected from deletion.</summary>
    public required bool Protect { get; init; }

    /// <summary>Tags of the secret.</summary>
    public required IReadOnlyDictionary<string, string> Tags { get; init; }
}

/// <summary>
/// Fans the catalog's secrets out into plans. Pure: the component turns each plan into a Secret, a first value
/// and (for Lambda-rotated secrets) a rotation schedule.
/// </summary>
public static class SecretPlanner
{
    /// <summary>The catalog secret that holds the edge signing key set; created even when the catalog omits it.</summary>
    public const string SigningKeySecretName = "edge-signing-key";

    /// <summary>The version of the write-only first value of a Lambda-rotated secret. It never changes: Pulumi
    /// writes that value once, and the rotation Lambda owns every later one.</summary>
    public const int FirstValueVersion = 1;

    /// <summary>Length of the throw-away first value of a Lambda-rotated secret (the Lambda replaces it at once).</summary>
    public const int PlaceholderLength = 32;

    /// <summary>Recovery window where the environment protects secrets (the longest AWS allows).</summary>
    public const int ProtectedRecoveryWindowDays = 30;

    /// <summary>Recovery window elsewhere (the shortest AWS allows short of immediate deletion).</summary>
    public const int UnprotectedRecoveryWindowDays = 7;

    /// <summary>The component name in the tags.</summary>
    public const string TagComponent = "secrets";

    /// <summary>The plans of every catalog secret of the view, plus the signing key secret, ordered by catalog name.</summary>
    /// <param name="view">The environment view.</param>
    /// <param name="signingKeyEpoch">The signing key epoch (keys the generated secrets when there is no rotation date).</param>
    /// <param name="rotationDate">The date the rotation periods of generated secrets are counted at (from config or an
    /// injected clock); null keys them to <paramref name="signingKeyEpoch"/> instead.</param>
    public static IReadOnlyList<CatalogSecretPlan> Plan(EnvironmentView view, int signingKeyEpoch, DateOnly? rotationDate)
    {
        ArgumentNullException.ThrowIfNull(view);
        var protect = view.Environment.Protects(ProtectedResourceKind.Secrets);
        var plans = view.Secrets.Select(s => PlanOne(view, s, signingKeyEpoch, rotationDate, protect)).ToList();
        if (!plans.Any(p => p.Rotator == SecretRotator.SigningKeyEpoch))
        {
            plans.Add(SigningKeyPlan(view, null, signingKeyEpoch, protect));
        }

        return plans.OrderBy(p => p.CatalogName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The keepers of a generated secret: the start of the rotation period that <paramref name="rotationDate"/> falls
    /// in (periods of <paramref name="rotationDays"/> days counted from 0001-01-01), so the value changes on the first
    /// <c>pulumi up</c> of each period and never in between. Without a date: the signing key epoch.
    /// </summary>
    /// <param name="rotationDays">The rotation period in days (1 or more).</param>
    /// <param name="signingKeyEpoch">The signing key epoch.</param>
    /// <param name="rotationDate">The date to count at, or null.</param>
    public static IReadOnlyDictionary<string, string> GenerationKeepers(int rotationDays, int signingKeyEpoch, DateOnly? rotationDate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rotationDays, 1);
        if (rotationDate is not { } date)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["epoch"] = signingKeyEpoch.ToString(CultureInfo.InvariantCulture),
            };
        }

        var start = DateOnly.FromDayNumber(date.DayNumber / rotationDays * rotationDays);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["rotationDays"] = rotationDays.ToString(CultureInfo.InvariantCulture),
            ["periodStart"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The first value of a secret in its planned shape: the generated string itself (<see cref="SecretFormat.Text"/>),
    /// or a JSON object of the plan's fields and the generated <c>password</c>, members in ordinal order
    /// (<see cref="SecretFormat.Json"/>, as the AWS rotation templates read and write it).
    /// </summary>
    /// <param name="plan">The secret's plan.</param>
    /// <param name="generated">The generated value.</param>
    public static string FirstValue(CatalogSecretPlan plan, string generated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Format == SecretFormat.Text)
        {
            return generated;
        }

        var members = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in plan.Fields)
        {
            members[key] = value;
        }

        members[CatalogSecret.PasswordField] = generated;
        return System.Text.Json.JsonSerializer.Serialize(members);
    }

    private static CatalogSecretPlan PlanOne(EnvironmentView view, SecretView secret, int epoch, DateOnly? date, bool protect)
    {
        var s = secret.Secret;
        if (string.Equals(s.Name, SigningKeySecretName, StringComparison.Ordinal))
        {
            return SigningKeyPlan(view, secret, epoch, protect);
        }

        var description = s.Description ?? $"{s.Name} (owner: {s.Owner})";
        var tags = Tags(view, s.Name, s.Owner);
        if (s.RotationLambdaArn is { } lambda)
        {
            return new CatalogSecretPlan
            {
                CatalogName = s.Name,
                SecretName = secret.SecretName,
                Description = description,
                Rotator = SecretRotator.Lambda,
                RotationDays = secret.RotationDays,
                RotationLambdaArn = lambda,
                Format = s.Format ?? SecretFormat.Json,
                Fields = s.Fields,
                Length = PlaceholderLength,
                Special = false,
                Keepers = new Dictionary<string, string>(StringComparer.Ordinal),
                RecoveryWindowDays = RecoveryWindow(protect),
                Protect = protect,
                Tags = tags,
            };
        }

        var generated = s.Generated ?? throw new InvalidOperationException(
            $"secret '{s.Name}' names neither a rotation Lambda nor how to generate it (the catalog validator refuses this)");
        return new CatalogSecretPlan
        {
            CatalogName = s.Name,
            SecretName = secret.SecretName,
            Description = description,
            Rotator = SecretRotator.Generation,
            RotationDays = secret.RotationDays,
            Length = generated.Length,
            Special = !generated.ExcludePunctuation,
            Keepers = GenerationKeepers(secret.RotationDays, epoch, date),
            RecoveryWindowDays = RecoveryWindow(protect),
            Protect = protect,
            Tags = tags,
        };
    }

    private static CatalogSecretPlan SigningKeyPlan(EnvironmentView view, SecretView? secret, int epoch, bool protect) => new()
    {
        CatalogName = SigningKeySecretName,
        SecretName = secret?.SecretName ?? ResourceNames.SecretName(view.Name, SigningKeySecretName),
        Description = secret?.Secret.Description ?? "Key set (current and previous HMAC keys) of the edge identity assertion.",
        Rotator = SecretRotator.SigningKeyEpoch,
        RotationDays = secret?.RotationDays ?? view.Environment.MaxRotationDays ?? 90,
        Length = SigningKeyRotation.KeyBytes,
        Special = false,
        Keepers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["epoch"] = epoch.ToString(CultureInfo.InvariantCulture),
        },
        RecoveryWindowDays = RecoveryWindow(protect),
        Protect = protect,
        Tags = Tags(view, SigningKeySecretName, secret?.Secret.Owner),
    };

    private static int RecoveryWindow(bool protect) => protect ? ProtectedRecoveryWindowDays : UnprotectedRecoveryWindowDays;

    private static Dictionary<string, string> Tags(EnvironmentView view, string secret, string? owner)
    {
        var tags = FabricTags.For(view.Name, TagComponent);
        tags["identity-fabric:secret"] = secret;
        if (owner is not null)
        {
            tags["identity-fabric:owner"] = owner;
        }

        return tags;
    }
}
