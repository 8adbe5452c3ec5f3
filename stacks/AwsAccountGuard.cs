using IdentityFabric.Catalog;
using Pulumi;
using Pulumi.Aws;

namespace IdentityFabric.Stacks;

/// <summary>
/// The stack's one AWS provider, bound to the account and region the catalog gives the environment. Every component
/// that creates AWS resources gets it, so no AWS resource goes through the default provider (which takes whatever
/// account the shell's credentials belong to). Its <c>allowedAccountIds</c> makes the provider refuse, at preview,
/// credentials of any other account: running the prod stack with dev credentials stops before anything is planned.
/// </summary>
public static class AwsAccountGuard
{
    /// <summary>The provider's logical name: <c>aws-{environment}</c>.</summary>
    /// <param name="environment">The catalog environment the stack deploys.</param>
    public static string ProviderName(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return $"aws-{environment.Name}";
    }

    /// <summary>
    /// Checks the stack config's <c>aws:region</c> (which only the default provider reads) against the catalog, so a
    /// stack file cannot quietly disagree with the environment it deploys.
    /// </summary>
    /// <param name="configuredRegion">The stack's <c>aws:region</c>; null or empty when unset.</param>
    /// <param name="environment">The catalog environment the stack deploys.</param>
    /// <exception cref="RunException">The two regions differ; the message names both (and the engine prints it without a
    /// stack trace).</exception>
    public static void CheckConfiguredRegion(string? configuredRegion, DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(configuredRegion) || string.Equals(configuredRegion, environment.AwsRegion, StringComparison.Ordinal))
        {
            return;
        }

        throw new RunException(
            $"aws:region is '{configuredRegion}' in the stack config, but the catalog puts environment '{environment.Name}' "
            + $"in region '{environment.AwsRegion}' (account {environment.AwsAccountId}, {environment.Location}). "
            + $"Set aws:region to {environment.AwsRegion} or remove it; the stack deploys to the catalog's region.");
    }

    /// <summary>Creates the provider: the environment's region, and its account as the only one allowed.</summary>
    /// <param name="environment">The catalog environment the stack deploys.</param>
    public static Provider Create(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new Provider(ProviderName(environment), new ProviderArgs
        {
            Region = environment.AwsRegion,
            AllowedAccountIds = { environment.AwsAccountId },
        });
    }
}
