using IdentityFabric.Catalog.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IdentityFabric.Catalog;

/// <summary>
/// Writes a catalog back as YAML that <see cref="CatalogLoader"/> reads into the same records (source locations
/// aside). Used for round-trip checks, generated catalogs and normalizing hand-written ones.
/// </summary>
public static class CatalogWriter
{
    /// <summary>The schema comment every catalog file starts with.</summary>
    public const string SchemaComment = "# yaml-language-server: $schema=./catalog.schema.json";

    /// <summary>Writes the whole catalog as one YAML document.</summary>
    /// <param name="catalog">The catalog.</param>
    public static string Write(IdentityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringWriter { NewLine = "\n" };
        text.WriteLine(SchemaComment);
        var emitter = new Emitter(text, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithNewLine("\n"));
        var w = new Writer(emitter);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        w.Begin();
        w.List("identityProviders", catalog.IdentityProviders, WriteProvider);
        w.List("roles", catalog.Roles, WriteRole);
        w.List("services", catalog.Services, WriteService);
        w.List("edges", catalog.Edges, WriteEdge);
        w.List("browserApps", catalog.BrowserApps, WriteBrowserApp);
        w.List("machineClients", catalog.MachineClients, WriteMachineClient);
        w.List("secrets", catalog.Secrets, WriteSecret);
        w.List("environments", catalog.Environments, WriteEnvironment);
        w.End();
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteProvider(Writer w, IdentityProvider p)
    {
        w.Begin();
        w.Str("name", p.Name);
        w.Str("kind", CatalogKeys.Spell(CatalogKeys.ProviderKinds, p.Kind));
        w.Str("issuer", p.Issuer);
        w.Strs("audiences", p.Audiences, flow: true);
        w.Str("jwksUrl", p.JwksUrl);
        w.Strs("algorithms", p.AllowedAlgorithms, flow: true);
        w.Duration("clockSkew", p.ClockSkew);
        w.Duration("maxTokenAge", p.MaxTokenAge);
        w.Key("claims");
        w.Begin(flow: true);
        w.Str("subject", p.Claims.Subject);
        w.Str("groups", p.Claims.Groups);
        w.Str("email", p.Claims.Email);
        w.End();
        w.Str("teamDomain", p.TeamDomain);
        w.End();
    }

    private static void WriteRole(Writer w, Role r)
    {
        w.Begin();
        w.Str("name", r.Name);
        w.Str("description", r.Description);
        w.Strs("idpGroups", r.IdpGroups, flow: true);
        w.Str("provider", r.Provider);
        w.End();
    }

    private static void WriteService(Writer w, Service s)
    {
        w.Begin();
        w.Str("name", s.Name);
        w.Str("protocol", CatalogKeys.Spell(CatalogKeys.Protocols, s.Protocol));
        w.Int("port", s.Port);
        w.Key("healthCheck");
        w.Begin(flow: true);
        w.Str("path", s.HealthCheck.Path);
        w.Duration("interval", s.HealthCheck.Interval);
        w.Duration("timeout", s.HealthCheck.Timeout);
        w.Int("healthyThreshold", s.HealthCheck.HealthyThreshold);
        w.Int("unhealthyThreshold", s.HealthCheck.UnhealthyThreshold);
        w.End();
        w.Strs("calls", s.Calls, flow: true);
        w.Strs("secrets", s.Secrets, flow: true);
        if (s.RequestTimeout is { } timeout)
        {
            w.Duration("timeout", timeout);
        }

        if (s.Retries is { } retries)
        {
            w.Key("retries");
            w.Begin(flow: true);
            w.Int("maxRetries", retries.MaxRetries);
            w.Duration("perTryTimeout", retries.PerTryTimeout);
            w.End();
        }

        if (s.HandlesPersonalData)
        {
            w.Bool("personalData", true);
        }

        w.End();
    }

    private static void WriteEdge(Writer w, EdgeEntryPoint e)
    {
        w.Begin();
        w.Str("name", e.Name);
        w.Map("hostnames", e.Hostnames);
        w.Strs("providers", e.Providers, flow: true);
        w.List("routes", e.Routes, WriteRoute, always: true);
        w.End();
    }

    private static void WriteRoute(Writer w, EdgeRoute r)
    {
        w.Begin();
        if (r.Id != r.Name)
        {
            w.Str("id", r.Id);
        }

        w.Str("name", r.Name);
        w.Str("path", r.Path);
        w.Str("match", CatalogKeys.Spell(CatalogKeys.Matches, r.Match));
        w.Strs("methods", r.Methods, flow: true);
        w.Str("service", r.Service);
        w.Strs("roles", r.AllowedRoles, flow: true);
        if (r.IsPublic)
        {
            w.Bool("public", true);
        }

        w.End();
    }

    private static void WriteBrowserApp(Writer w, BrowserApp a)
    {
        w.Begin();
        w.Str("name", a.Name);
        w.Map("hostnames", a.Hostnames);
        w.Str("path", a.Path);
        w.Strs("roles", a.AllowedRoles, flow: true, always: true);
        w.Duration("sessionDuration", a.SessionDuration);
        w.End();
    }

    private static void WriteMachineClient(Writer w, MachineClient m)
    {
        w.Begin();
        w.Str("name", m.Name);
        w.Strs("routes", m.Routes, flow: true, always: true);
        w.Duration("tokenDuration", m.TokenDuration);
        w.Int("rotationDays", m.RotationDays);
        w.End();
    }

    private static void WriteSecret(Writer w, CatalogSecret s)
    {
        w.Begin();
        w.Str("name", s.Name);
        w.Str("description", s.Description);
        w.Str("owner", s.Owner);
        w.Int("rotationDays", s.RotationDays);
        w.Str("rotationLambdaArn", s.RotationLambdaArn);
        if (s.Generated is { } generated)
        {
            w.Key("generated");
            w.Begin(flow: true);
            w.Int("length", generated.Length);
            if (generated.ExcludePunctuation)
            {
                w.Bool("excludePunctuation", true);
            }

            w.End();
        }

        if (s.Format is { } format)
        {
            w.Str("format", CatalogKeys.Spell(CatalogKeys.SecretFormats, format));
        }

        if (s.Fields.Count > 0)
        {
            w.Map("fields", s.Fields);
        }

        w.End();
    }

    private static void WriteEnvironment(Writer w, DeploymentEnvironment e)
    {
        w.Begin();
        w.Str("name", e.Name);
        w.Str("awsAccountId", e.AwsAccountId);
        w.Str("awsRegion", e.AwsRegion);
        w.Key("cloudflare");
        w.Begin();
        w.Str("accountId", e.Cloudflare.AccountId);
        w.Str("zoneId", e.Cloudflare.ZoneId);
        w.Str("zoneName", e.Cloudflare.ZoneName);
        if (e.Cloudflare.IngressHostnameOverride is { } ingress)
        {
            w.Str("ingressHostname", ingress);
        }

        w.End();
        w.Key("mesh");
        w.Begin();
        w.Str("backend", CatalogKeys.Spell(CatalogKeys.Backends, e.Mesh.Backend));
        w.Strs("latticeServices", e.Mesh.LatticeServices, flow: true);
        w.Str("certificateSource", CatalogKeys.Spell(CatalogKeys.CertificateSources, e.Mesh.CertificateSource));
        w.End();
        w.Str("identityPropagation", CatalogKeys.Spell(CatalogKeys.Propagations, e.IdentityPropagation));
        if (e.MaxRotationDays is { } max)
        {
            w.Int("maxRotationDays", max);
        }

        w.Int("logRetentionDays", e.LogRetentionDays);
        w.Strs("protect", e.ProtectedResources.Select(k => CatalogKeys.Spell(CatalogKeys.ProtectedKinds, k)).ToList(), flow: true);
        w.End();
    }

    private sealed class Writer(IEmitter emitter)
    {
        public void Begin(bool flow = false) =>
            emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, flow ? MappingStyle.Flow : MappingStyle.Block));

        public void End() => emitter.Emit(new MappingEnd());

        public void Key(string key) => Scalar(key);

        public void Str(string key, string? value)
        {
            if (value is null)
            {
                return;
            }

            Key(key);
            Scalar(value);
        }

        public void Int(string key, int value)
        {
            Key(key);
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));
        }

        public void Bool(string key, bool value)
        {
            Key(key);
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value ? "true" : "false", ScalarStyle.Plain, true, false));
        }

        public void Duration(string key, TimeSpan value) => Str(key, Durations.Format(value));

        public void Strs(string key, IReadOnlyList<string> values, bool flow, bool always = false)
        {
            if (values.Count == 0 && !always)
            {
                return;
            }

            Key(key);
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var value in values)
            {
                Scalar(value);
            }

            emitter.Emit(new SequenceEnd());
        }

        public void Map(string key, IReadOnlyDictionary<string, string> values)
        {
            Key(key);
            Begin();
            foreach (var (k, v) in values)
            {
                Str(k, v);
            }

            End();
        }

        public void List<T>(string key, IReadOnlyList<T> items, Action<Writer, T> write, bool always = false)
        {
            if (items.Count == 0 && !always)
            {
                return;
            }

            Key(key);
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
            foreach (var item in items)
            {
                write(this, item);
            }

            emitter.Emit(new SequenceEnd());
        }

        private void Scalar(string value)
        {
            // A string that YAML's core schema would read as another type (8080, true, null) must be quoted.
            var style = YamlTree.ClassifyPlain(value) == ScalarKind.String ? ScalarStyle.Any : ScalarStyle.DoubleQuoted;
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
        }
    }
}
