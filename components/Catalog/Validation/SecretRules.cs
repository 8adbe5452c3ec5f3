using System.Text.RegularExpressions;

namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    /// <summary>Secrets Manager secret descriptions: at most 2,048 characters.</summary>
    public const int SecretDescriptionMax = 2048;

    /// <summary>Rotation periods past this draw a warning.</summary>
    public const int RotationWarningDays = 90;

    /// <summary>The longest rotation period accepted.</summary>
    public const int MaxRotationDays = 365;

    private static void CheckSecrets(ValidationContext c)
    {
        var readers = c.Catalog.Services.SelectMany(s => s.Secrets).ToHashSet(StringComparer.Ordinal);
        var byFoldedName = new Dictionary<string, CatalogSecret>(StringComparer.OrdinalIgnoreCase);
        foreach (var secret in c.Catalog.Secrets)
        {
            var at = secret.Location;
            if (secret.Name.Length == 0)
            {
                c.Error(c.At(at, "name"), "secret name must not be empty");
            }
            else if (SecretNameProblem(secret.Name) is { } nameProblem)
            {
                c.Error(c.At(at, "name"), $"secret name '{secret.Name}' {nameProblem}");
            }
            else if (!byFoldedName.TryAdd(secret.Name, secret) && byFoldedName[secret.Name].Name != secret.Name)
            {
                var other = byFoldedName[secret.Name];
                c.Error(c.At(at, "name"),
                    $"secret name '{secret.Name}' differs from '{other.Name}' ({other.Location}) only in letter case; tools and people that fold case would take one for the other");
            }

            if (ResourceNames.ReservedSecretPrefixes.FirstOrDefault(p => secret.Name.StartsWith(p.Key, StringComparison.Ordinal)) is { Key: not null } kept)
            {
                c.Error(c.At(at, "name"), $"secret name '{secret.Name}' is under '{kept.Key}', which the program keeps for {kept.Value}");
            }

            if (secret.Description is { Length: > SecretDescriptionMax } description)
            {
                c.Error(c.At(at, "description"), $"description is {description.Length} characters; Secrets Manager takes at most {SecretDescriptionMax}");
            }

            if (secret.Owner.Length == 0)
            {
                c.Error(c.At(at, "owner"), "owner must not be empty");
            }

            if (secret.Owner.Length > 0 && !c.Services.ContainsKey(secret.Owner))
            {
                c.Error(c.At(at, "owner"), $"unknown service '{secret.Owner}'");
            }

            if (secret.Name.Length > 0 && !readers.Contains(secret.Name))
            {
                c.Warning(c.At(at, "name"), $"no service lists secret '{secret.Name}' in its secrets, so nobody can read it");
            }

            CheckRotationDays(c, at, "rotationDays", secret.RotationDays, "rotation period");
            var hasLambda = secret.RotationLambdaArn is not null;
            var hasGenerated = secret.Generated is not null;
            if (hasLambda == hasGenerated)
            {
                c.Error(at, hasLambda
                    ? "give either 'rotationLambdaArn' or 'generated', not both"
                    : "say how the secret is rotated: 'rotationLambdaArn' or 'generated'");
            }

            if (secret.RotationLambdaArn is { } arn && !LambdaArnPattern().IsMatch(arn))
            {
                c.Error(c.At(at, "rotationLambdaArn"), $"'{arn}' is not a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)");
            }

            if (!hasLambda && (secret.Format is not null || secret.Fields.Count > 0))
            {
                c.Error(c.At(at, secret.Format is not null ? "format" : "fields"),
                    "'format' and 'fields' shape the first value a rotation Lambda reads; a generated secret has no Lambda");
            }
            else if (secret.Format == SecretFormat.Text && secret.Fields.Count > 0)
            {
                c.Error(c.At(at, "fields"), "'fields' are members of a json first value; format 'text' holds the generated string alone");
            }

            if (secret.Fields.ContainsKey(CatalogSecret.PasswordField))
            {
                c.Error(c.At(at, "fields"), $"'{CatalogSecret.PasswordField}' is the generated member of the first value; leave it out of 'fields'");
            }

            if (secret.Generated is { } generated)
            {
                if (generated.Length is < 16 or > 4096)
                {
                    c.Error(c.At(generated.Location, "length"), $"generated length {generated.Length} is outside 16–4096");
                }
                else if (generated.Length < 32)
                {
                    c.Warning(c.At(generated.Location, "length"), $"generated length {generated.Length} is short; 32 or more is recommended");
                }
            }
        }
    }

    /// <summary>Secret names are paths of segments under the environment's prefix: each segment starts with a letter
    /// or digit and holds letters, digits and <c>_+=.@-</c>; no empty, <c>.</c> or <c>..</c> segment, which would
    /// step out of the prefix (or look as if it did) in ARNs, IAM resource patterns and tools that read names as paths.</summary>
    private static string? SecretNameProblem(string name)
    {
        if (!char.IsAsciiLetterLower(name[0]))
        {
            return "must start with a lower-case letter";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "has an empty path segment ('//' or a trailing '/')";
            }

            if (segment is "." or "..")
            {
                return $"has a '{segment}' path segment";
            }

            var bad = segment.FirstOrDefault(ch => !(char.IsAsciiLetterOrDigit(ch) || ch is '_' or '+' or '=' or '.' or '@' or '-'));
            if (bad != default)
            {
                return $"holds '{bad}'; use letters, digits and _+=.@- between '/'";
            }
        }

        return null;
    }

    private static void CheckRotationDays(ValidationContext c, SourceLocation owner, string field, int days, string what)
    {
        if (days is < 1 or > MaxRotationDays)
        {
            c.Error(c.At(owner, field), $"{what} {days} days is outside 1–{MaxRotationDays}");
        }
        else if (days > RotationWarningDays)
        {
            c.Warning(c.At(owner, field), $"{what} {days} days is longer than {RotationWarningDays}");
        }
    }

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:lambda:[a-z]{2}(-[a-z]+)+-[0-9]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]{1,128})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LambdaArnPattern();
}
