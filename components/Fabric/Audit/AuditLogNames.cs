using System.Text.RegularExpressions;
using IdentityFabric.Catalog;

namespace IdentityFabric.Components.Audit;

/// <summary>Names of the audit trail's CloudWatch objects, one set per environment and mesh backend.</summary>
public static partial class AuditLogNames
{
    /// <summary>CloudWatch log group names: at most 512 characters.</summary>
    public const int LogGroupNameMax = 512;

    /// <summary>Logs Insights query definition names: at most 255 characters.</summary>
    public const int QueryDefinitionNameMax = 255;

    /// <summary>The access log group of a backend: <c>/identity-fabric/{env}/{backend}/access</c>.</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="backend"><c>appmesh</c> or <c>lattice</c>.</param>
    public static string AccessLogGroup(string environment, string backend) => $"/{ResourceNames.Prefix}/{environment}/{backend}/access";

    /// <summary>The saved trace query of a backend: <c>identity-fabric/{env}/{backend}/follow-one-trace</c>
    /// (the slashes file it in a folder of the Logs Insights console).</summary>
    /// <param name="environment">Environment name.</param>
    /// <param name="backend"><c>appmesh</c> or <c>lattice</c>.</param>
    public static string TraceQueryName(string environment, string backend) => $"{ResourceNames.Prefix}/{environment}/{backend}/follow-one-trace";

    /// <summary>Whether a name is a valid log group name: 1–512 of letters, digits and <c>._-/#</c>.</summary>
    /// <param name="name">The candidate.</param>
    public static bool IsValidLogGroupName(string name) =>
        name.Length is >= 1 and <= LogGroupNameMax && LogGroupChars().IsMatch(name);

    /// <summary>The retention periods CloudWatch Logs accepts, in days.</summary>
    public static IReadOnlyList<int> RetentionDays { get; } =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    [GeneratedRegex(@"^[A-Za-z0-9._/#-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex LogGroupChars();
}
