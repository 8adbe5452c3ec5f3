using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IdentityFabric.Components.Preflight.Data;
using IdentityFabric.Components.Preflight.Iam;

namespace IdentityFabric.Components.Preflight.Cloudflare;

/// <summary>
/// What Pulumi.Cloudflare 6.17.0 (terraform-provider-cloudflare v5.19.1) refuses at preview and up, and the Workers
/// limits: the service token's rotation pair, Worker names, binding and bundle sizes, the Worker a service binding calls,
/// KV key and value sizes, custom domains, Access application types, durations and policies, and the tunnel's catch-all
/// ingress rule.
/// </summary>
internal static partial class CloudflareRules
{
    private const string Schema = "Pulumi.Cloudflare 6.17.0 provider schema (terraform-provider-cloudflare v5.19.1)";

    private const string ServiceBindingSource = "Cloudflare API, Workers script upload metadata (service binding); Workers limits docs";

    private static readonly HashSet<string> ApplicationTypes = new(StringComparer.Ordinal)
    {
        "self_hosted", "saas", "ssh", "vnc", "app_launcher", "warp", "biso", "bookmark", "dash_sso", "infrastructure", "rdp",
    };

    public static void Check(PreflightResource resource, CloudLimits limits, FindingSink sink)
    {
        var inputs = resource.Inputs;
        switch (resource.Type)
        {
            case "cloudflare:index/zeroTrustAccessServiceToken:ZeroTrustAccessServiceToken":
                var version = inputs["clientSecretVersion"] is not null;
                var previous = inputs["previousClientSecretExpiresAt"] is not null;
                if (version != previous)
                {
                    sink.Error(resource, version ? "previousClientSecretExpiresAt" : "clientSecretVersion", null,
                        "cloudflare.service-token-rotation", Schema + ", zero_trust_access_service_token",
                        "clientSecretVersion and previousClientSecretExpiresAt must be set together (each requires the other)");
                }

                break;
            case "cloudflare:index/workersScript:WorkersScript":
                Script(resource, limits, sink);
                break;
            case "cloudflare:index/workersKv:WorkersKv":
                Bytes(resource, "keyName", limits["cloudflare.kv.key.bytes"], sink);
                Bytes(resource, "value", limits["cloudflare.kv.value.bytes"], sink);
                break;
            case "cloudflare:index/workersCustomDomain:WorkersCustomDomain":
                if (inputs["environment"] is null)
                {
                    sink.Error(resource, "environment", null, "cloudflare.custom-domain", Schema + ", workers_custom_domain",
                        "environment is deprecated upstream but still required by this provider version");
                }

                if (IamPolicyRules.Text(inputs["hostname"]) is { } host && sink.Context.ZoneName is { } zone &&
                    !host.Equals(zone, StringComparison.OrdinalIgnoreCase) && !host.EndsWith("." + zone, StringComparison.OrdinalIgnoreCase))
                {
                    sink.Error(resource, "hostname", inputs["hostname"], "cloudflare.custom-domain", "Workers custom domains docs",
                        $"the hostname must lie inside the zone {zone}");
                }

                break;
            case "cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication":
                Application(resource, sink);
                break;
            case "cloudflare:index/zeroTrustTunnelCloudflaredConfig:ZeroTrustTunnelCloudflaredConfig":
                Tunnel(resource, sink);
                break;
            default:
                break;
        }
    }

    private static void Script(PreflightResource resource, CloudLimits limits, FindingSink sink)
    {
        var name = limits["cloudflare.worker.name.chars"];
        if (IamPolicyRules.Text(resource.Inputs["scriptName"]) is { } scriptName &&
            (scriptName.Length > name.Value || !ScriptName().IsMatch(scriptName)))
        {
            sink.Error(resource, "scriptName", resource.Inputs["scriptName"], "cloudflare.worker-name", name.Source,
                $"a Worker name matches ^[a-z0-9_][a-z0-9-_]*$ and has at most {name.Value} characters");
        }

        // Bindings arrive as a list, or as JSON text where the input is serialized whole.
        var bindings = resource.Inputs["bindings"] switch
        {
            JsonArray list => list,
            JsonValue text when IamPolicyRules.Text(text) is { } json => TryParse(json) as JsonArray,
            _ => null,
        };
        var binding = limits["cloudflare.worker.binding.bytes"];
        for (var i = 0; bindings is not null && i < bindings.Count; i++)
        {
            if (bindings[i] is not JsonObject b)
            {
                continue;
            }

            var kind = IamPolicyRules.Text(b["type"]);
            var content = kind switch
            {
                "plain_text" => IamPolicyRules.Text(b["text"]),
                "json" => b["json"] is JsonValue j && IamPolicyRules.Text(j) is { } t ? t : b["json"]?.ToJsonString(),
                _ => null,
            };
            if (content is not null && Encoding.UTF8.GetByteCount(content) > binding.Value)
            {
                sink.Error(resource, $"bindings[{i}]", JsonValue.Create(content), "cloudflare.binding-size", binding.Source,
                    $"the {kind} binding '{IamPolicyRules.Text(b["name"])}' has {Encoding.UTF8.GetByteCount(content)} bytes; a binding takes at most {binding.Value}");
            }

            // A service binding calls another Worker of the account, named in `service`; the upload fails without one.
            if (kind == "service" && (IamPolicyRules.Text(b["service"]) is not { } target || target.Length > name.Value || !ScriptName().IsMatch(target)))
            {
                sink.Error(resource, $"bindings[{i}].service", b["service"], "cloudflare.service-binding", ServiceBindingSource,
                    $"the service binding '{IamPolicyRules.Text(b["name"])}' must name the Worker it calls: a Worker name matching ^[a-z0-9_][a-z0-9-_]*$ with at most {name.Value} characters");
            }
        }

        if (IamPolicyRules.Text(resource.Inputs["contentFile"]) is { } file && File.Exists(file))
        {
            var gzip = GzipSize(File.ReadAllBytes(file));
            var paid = limits["cloudflare.worker.bundle.paid.bytes"];
            var free = limits["cloudflare.worker.bundle.free.bytes"];
            if (gzip > paid.Value)
            {
                sink.Error(resource, "contentFile", resource.Inputs["contentFile"], "cloudflare.bundle-size", paid.Source,
                    $"the bundle is {gzip} bytes gzip; a Worker takes at most {paid.Value} on the Paid plan");
            }
            else if (gzip > free.Value)
            {
                sink.Quota(resource, "contentFile", gzip, free.Value, "cloudflare.bundle-size", free.Source,
                    $"the bundle is {gzip} bytes gzip, over the Free plan's {free.Value}", $"Paid plan: up to {paid.Value} bytes");
            }
        }
    }

    private static void Application(PreflightResource resource, FindingSink sink)
    {
        const string Source = Schema + ", zero_trust_access_application";
        var inputs = resource.Inputs;
        if (IamPolicyRules.Text(inputs["type"]) is { } type && !ApplicationTypes.Contains(type))
        {
            sink.Error(resource, "type", inputs["type"], "cloudflare.access-application", Source, $"type takes one of {string.Join(", ", ApplicationTypes)}");
        }

        if (IamPolicyRules.Text(inputs["sessionDuration"]) is { } duration && !GoDuration().IsMatch(duration))
        {
            sink.Error(resource, "sessionDuration", inputs["sessionDuration"], "cloudflare.access-application", Source, "sessionDuration is a Go duration such as 24h or 30m");
        }

        if (inputs["policies"] is JsonArray policies)
        {
            var precedences = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < policies.Count; i++)
            {
                if (policies[i] is not JsonObject policy)
                {
                    continue;
                }

                var byId = policy["id"] is not null;
                var inline = policy.Any(p => p.Key is not ("id" or "precedence") && p.Value is not null);
                if (byId == inline)
                {
                    sink.Error(resource, $"policies[{i}]", policy, "cloudflare.access-application", Source, "a policy is given by id or inline, not both (and not neither)");
                }

                if (policy["precedence"] is { } precedence && !precedences.Add(precedence.ToJsonString()))
                {
                    sink.Error(resource, $"policies[{i}].precedence", precedence, "cloudflare.access-application", Source, "policy precedences must be unique");
                }
            }
        }
    }

    private static void Tunnel(PreflightResource resource, FindingSink sink)
    {
        const string Source = "cloudflared ingress rules docs";
        if (resource.Inputs["config"]?["ingresses"] is not JsonArray rules || rules.Count == 0)
        {
            sink.Error(resource, "config.ingresses", null, "cloudflare.tunnel-ingress", Source, "a tunnel configuration needs ingress rules ending in a catch-all");
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] as JsonObject;
            var service = IamPolicyRules.Text(rule?["service"]);
            if (service is null || !TunnelService().IsMatch(service))
            {
                sink.Error(resource, $"config.ingresses[{i}].service", rule?["service"], "cloudflare.tunnel-ingress", Source, "service is a URL or http_status:NNN");
            }
        }

        if (rules[^1] is JsonObject last && (last["hostname"] is not null || last["path"] is not null))
        {
            sink.Error(resource, $"config.ingresses[{rules.Count - 1}]", last["hostname"], "cloudflare.tunnel-ingress", Source,
                "the last ingress rule must be the catch-all (no hostname, no path)");
        }
    }

    private static void Bytes(PreflightResource resource, string input, CloudLimit limit, FindingSink sink)
    {
        if (IamPolicyRules.Text(resource.Inputs[input]) is { } text && Encoding.UTF8.GetByteCount(text) > limit.Value)
        {
            sink.Error(resource, input, resource.Inputs[input], "cloudflare.kv-size", limit.Source,
                $"{Encoding.UTF8.GetByteCount(text)} bytes; Workers KV takes at most {limit.Value}");
        }
    }

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long GzipSize(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.Length;
    }

    [GeneratedRegex("^[a-z0-9_][a-z0-9-_]*$")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")]
    private static partial Regex GoDuration();

    [GeneratedRegex(@"^([a-z][a-z0-9+.-]*://\S+|http_status:[1-5][0-9]{2})$")]
    private static partial Regex TunnelService();
}
