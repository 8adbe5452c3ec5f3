namespace IdentityFabric.Catalog.Validation;

public static partial class CatalogValidator
{
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

            var calls = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < s.Calls.Count; i++)
            {
                var callee = s.Calls[i];
                var where = c.At(at, "calls", i);
                if (callee == s.Name)
                {
                    c.Error(where, $"service '{s.Name}' calls itself; a service never needs mesh permission to reach itself");
                }
                else if (!c.Services.ContainsKey(callee))
                {
                    c.Error(where, $"unknown service '{callee}'");
                }
                else if (!calls.Add(callee))
                {
                    c.Warning(where, $"service '{callee}' is listed twice");
                }
            }

            var secrets = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < s.Secrets.Count; i++)
            {
                var secret = s.Secrets[i];
                var where = c.At(at, "secrets", i);
                if (!c.Secrets.ContainsKey(secret))
                {
                    c.Error(where, $"unknown secret '{secret}'");
                }
                else if (!secrets.Add(secret))
                {
                    c.Warning(where, $"secret '{secret}' is listed twice");
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
