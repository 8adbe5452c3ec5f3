namespace IdentityFabric.Catalog;

/// <summary>A secret stored in Secrets Manager and rotated on a schedule.</summary>
public sealed record CatalogSecret
{
    /// <summary>The member of a <see cref="SecretFormat.Json"/> first value that holds the generated password.</summary>
    public const string PasswordField = "password";

    /// <summary>Catalog name; the Secrets Manager name is derived from it (see <see cref="ResourceNames.SecretName"/>).</summary>
    public required string Name { get; init; }

    /// <summary>What the secret is for.</summary>
    public string? Description { get; init; }

    /// <summary>The service that owns the secret.</summary>
    public required string Owner { get; init; }

    /// <summary>Days between rotations (1–365; more than 90 draws a warning). Environments may shorten it.</summary>
    public required int RotationDays { get; init; }

    /// <summary>The ARN of the Lambda that rotates the secret; null when the value is generated.</summary>
    public string? RotationLambdaArn { get; init; }

    /// <summary>How the value is generated; null when a rotation Lambda produces it.</summary>
    public GeneratedSecretSpec? Generated { get; init; }

    /// <summary>The shape of a Lambda-rotated secret's first value, the one its rotation function will read (null:
    /// <see cref="SecretFormat.Json"/>).</summary>
    public SecretFormat? Format { get; init; }

    /// <summary>Fixed members of a <see cref="SecretFormat.Json"/> first value besides the generated <c>password</c>
    /// (for the RDS rotation templates: <c>engine</c>, <c>host</c>, <c>username</c>, and <c>port</c>, <c>dbname</c>).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the secret was declared.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>The shape of the first value of a secret that a rotation Lambda rotates.</summary>
public enum SecretFormat
{
    /// <summary>A JSON object: the <see cref="CatalogSecret.Fields"/> and a generated <c>password</c>, as the AWS
    /// rotation templates (RDS and others) read and write it.</summary>
    Json,

    /// <summary>The generated string alone, for rotation functions that keep a plain value.</summary>
    Text,
}

/// <summary>How a generated secret value is made.</summary>
public sealed record GeneratedSecretSpec
{
    /// <summary>Length of the value in characters.</summary>
    public required int Length { get; init; }

    /// <summary>Whether punctuation is left out (for consumers that cannot take it).</summary>
    public bool ExcludePunctuation { get; init; }

    /// <summary>Where the spec was declared.</summary>
    public required SourceLocation Location { get; init; }
}
