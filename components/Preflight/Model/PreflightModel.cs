using System.Text.Json.Nodes;

namespace IdentityFabric.Components.Preflight;

/// <summary>How bad a finding is.</summary>
public enum PreflightSeverity
{
    /// <summary>The cloud refuses the input: <c>pulumi up</c> would fail. The plan fails.</summary>
    Error,

    /// <summary>A default quota is crossed: the deployment fails unless the quota is raised first.</summary>
    Warning,
}

/// <summary>One planned resource as the preflight reads it.</summary>
/// <param name="Type">The Pulumi type token, e.g. <c>aws:iam/role:Role</c>.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Urn">The URN (what findings name).</param>
/// <param name="Inputs">The inputs by wire name, secrets unmasked (findings mask them).</param>
public sealed record PreflightResource(string Type, string Name, string Urn, JsonObject Inputs);

/// <summary>One refused input or crossed quota.</summary>
public sealed record PreflightFinding
{
    /// <summary>Error (refused) or warning (quota).</summary>
    public required PreflightSeverity Severity { get; init; }

    /// <summary>The rule's stable id, e.g. <c>aws-api.pattern</c>, <c>iam.inline-policies-size</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>Where the rule comes from: the API model member, the provider schema, the quota page.</summary>
    public required string Source { get; init; }

    /// <summary>What is wrong, for people.</summary>
    public required string Message { get; init; }

    /// <summary>The resource's URN; null for findings about the estate as a whole (an account quota).</summary>
    public string? Resource { get; init; }

    /// <summary>The resource's type token, when a resource is named.</summary>
    public string? ResourceType { get; init; }

    /// <summary>The input path, e.g. <c>config.healthCheck.port</c> or <c>policy#Statement[0].Action</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The refused value, truncated, secrets masked.</summary>
    public string? Value { get; init; }

    /// <summary>For quotas: how many the plan creates.</summary>
    public long? Count { get; init; }

    /// <summary>For quotas: the default.</summary>
    public long? Limit { get; init; }

    /// <summary>For quotas: whether and how far it can be raised.</summary>
    public string? Raise { get; init; }

    /// <summary>One line: <c>error rule: resource path = value: message (source)</c>.</summary>
    public override string ToString()
    {
        var where = Resource is null ? "" : $" {Resource}{(Path is null ? "" : " " + Path)}";
        var value = Value is null ? "" : $" = {Value}";
        var subject = where.Length + value.Length > 0 ? $"{where}{value}:" : "";
        return $"{(Severity == PreflightSeverity.Error ? "error" : "warning")} {Rule}:{subject} {Message} ({Source})";
    }
}

/// <summary>A planned input the preflight could not map to an API member, so no API constraint checked it.</summary>
/// <param name="Type">The resource type.</param>
/// <param name="Path">The input path (list items as <c>[]</c>).</param>
/// <param name="Reason">Why it is not mapped.</param>
public sealed record UnmappedInput(string Type, string Path, string Reason);

/// <summary>What the preflight found in one plan.</summary>
/// <param name="Findings">Errors first, then warnings, each in resource and path order.</param>
/// <param name="Unmapped">Inputs no API constraint checked, by type and path.</param>
/// <param name="CheckedResources">How many resources were checked.</param>
public sealed record PreflightReport(IReadOnlyList<PreflightFinding> Findings, IReadOnlyList<UnmappedInput> Unmapped, int CheckedResources)
{
    /// <summary>The refused inputs.</summary>
    public IEnumerable<PreflightFinding> Errors => Findings.Where(f => f.Severity == PreflightSeverity.Error);

    /// <summary>The crossed quotas.</summary>
    public IEnumerable<PreflightFinding> Warnings => Findings.Where(f => f.Severity == PreflightSeverity.Warning);

    /// <summary>True when nothing is refused.</summary>
    public bool Passed => !Errors.Any();

    /// <summary>One line: <c>preflight: 0 errors, 2 warnings (149 resources checked)</c>.</summary>
    public string Summary => $"preflight: {Errors.Count()} error(s), {Warnings.Count()} warning(s) ({CheckedResources} resources checked, {Unmapped.Count} input(s) not mapped to an API member)";
}

/// <summary>What the preflight knows of the environment beyond the resources.</summary>
public sealed record PreflightContext
{
    /// <summary>The Cloudflare zone the stack serves (custom domains must lie inside it); null skips that check.</summary>
    public string? ZoneName { get; init; }

    /// <summary>Whether a value is secret (masked in findings); the wire name and the value are given.</summary>
    public Func<string, string, bool> IsSecret { get; init; } = (_, _) => false;
}
