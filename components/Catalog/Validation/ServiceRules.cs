namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
    private const int ShortList = 8;

    private static readonly TimeSpan MinHealthInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxHealthInterval = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan MinHealthTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxHealthTimeout = TimeSpan.FromSeconds(60);

    private static void CheckServices(ValidationContext c)
    {
        foreach (var s in c.Catalog.Services)
        {
            var at = s.Location;
            CheckName(c, at, s.Name, "service");
            if (s.Port is < 1 or > 65535)
            {
                c.Error(c.At(at, "port"), $"port {s.Port} is outside 1–65535");
            }

            // Locations are looked up only for a problem, and a short list is scanned rather than put in a set: a
            // valid catalog of many services costs no lookups and no allocation here.
            var calls = s.Calls.Count > ShortList ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var i = 0; i < s.Calls.Count; i++)
            {
                var callee = s.Calls[i];
                if (callee == s.Name)
                {
                    c.Error(c.At(at, "calls", i), $"service '{s.Name}' calls itself; a service never needs mesh permission to reach itself");
                }
                else if (!c.Services.ContainsKey(callee))
                {
                    c.Error(c.At(at, "calls", i), $"unknown service '{callee}'");
                }
                else if (calls is null ? ListedBefore(s.Calls, i) : !calls.Add(callee))
                {
                    c.Warning(c.At(at, "calls", i), $"service '{callee}' is listed twice");
                }
            }

            var secrets = s.Secrets.Count > ShortList ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var i = 0; i < s.Secrets.Count; i++)
            {
                var secret = s.Secrets[i];
                if (!c.Secrets.ContainsKey(secret))
                {
                    c.Error(c.At(at, "secrets", i), $"unknown secret '{secret}'");
                }
                else if (secrets is null ? ListedBefore(s.Secrets, i) : !secrets.Add(secret))
                {
                    c.Warning(c.At(at, "secrets", i), $"secret '{secret}' is listed twice");
                }
            }

            CheckHealthCheck(c, s);
            if (s.RequestTimeout is { } timeout && timeout <= TimeSpan.Zero)
            {
                c.Error(c.At(at, "timeout"), "request timeout must be positive");
            }

            if (s.Retries is { } retries)
            {
                if (retries.MaxRetries is < 0 or > 10)
                {
                    c.Error(c.At(retries.Location, "maxRetries"), $"maxRetries {retries.MaxRetries} is outside 0–10");
                }

                if (retries.PerTryTimeout <= TimeSpan.Zero)
                {
                    c.Error(c.At(retries.Location, "perTryTimeout"), "per-try timeout must be positive");
                }
                else if (s.RequestTimeout is { } total && retries.PerTryTimeout > total)
                {
                    c.Warning(c.At(retries.Location, "perTryTimeout"),
                        $"per-try timeout {Loading.Durations.Format(retries.PerTryTimeout)} exceeds the request timeout {Loading.Durations.Format(total)}, so no retry can happen");
                }
            }
        }
    }

    /// <summary>Whether <c>list[index]</c> already appears before <paramref name="index"/>. Earlier copies of a name
    /// passed the same checks as this one, so this is what a set of the names accepted so far would say.</summary>
    private static bool ListedBefore(IReadOnlyList<string> list, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(list[j], list[index], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckHealthCheck(ValidationContext c, Service s)
    {
        var h = s.HealthCheck;
        var at = h.Location;
        if (s.Protocol == ServiceProtocol.Grpc)
        {
            if (h.Path is not null)
            {
                c.Warning(c.At(at, "path"), "gRPC health checks use the gRPC health protocol; the path is ignored");
            }
        }
        else if (h.Path is null)
        {
            c.Error(c.At(at, "path"), $"an {Spell(s.Protocol)} health check needs a path");
        }
        else if (!h.Path.StartsWith('/'))
        {
            c.Error(c.At(at, "path"), $"health check path '{h.Path}' must start with '/'");
        }

        if (h.Interval < MinHealthInterval || h.Interval > MaxHealthInterval)
        {
            c.Error(c.At(at, "interval"), $"interval {Loading.Durations.Format(h.Interval)} is outside 5s–300s");
        }

        if (h.Timeout < MinHealthTimeout || h.Timeout > MaxHealthTimeout)
        {
            c.Error(c.At(at, "timeout"), $"timeout {Loading.Durations.Format(h.Timeout)} is outside 2s–60s");
        }
        else if (h.Timeout >= h.Interval)
        {
            c.Error(c.At(at, "timeout"), $"timeout {Loading.Durations.Format(h.Timeout)} must be shorter than the interval {Loading.Durations.Format(h.Interval)}");
        }

        if (h.HealthyThreshold is < 2 or > 10)
        {
            c.Error(c.At(at, "healthyThreshold"), $"healthyThreshold {h.HealthyThreshold} is outside 2–10");
        }

        if (h.UnhealthyThreshold is < 2 or > 10)
        {
            c.Error(c.At(at, "unhealthyThreshold"), $"unhealthyThreshold {h.UnhealthyThreshold} is outside 2–10");
        }
    }

    private static string Spell(ServiceProtocol protocol) => Loading.CatalogKeys.Spell(Loading.CatalogKeys.Protocols, protocol);
}
