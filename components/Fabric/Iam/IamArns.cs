namespace IdentityFabric.Components.Iam;

/// <summary>Checks that a policy's resource names exactly one thing, so no grant is wider than it reads.</summary>
public static class IamArns
{
    /// <summary>Returns <paramref name="arn"/> when it is one ARN without a wildcard; throws otherwise.</summary>
    /// <param name="arn">The candidate resource.</param>
    /// <param name="parameter">The caller's parameter name, for the error.</param>
    /// <exception cref="ArgumentException">An empty value, something other than an ARN, or a wildcard (<c>*</c>, <c>?</c>).</exception>
    public static string RequireSingle(string arn, string parameter)
    {
        if (string.IsNullOrWhiteSpace(arn)
            || !arn.StartsWith("arn:", StringComparison.Ordinal)
            || arn.Contains('*', StringComparison.Ordinal)
            || arn.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{arn}' is not a single ARN", parameter);
        }

        return arn;
    }
}
