namespace IdentityFabric.Components.Edge.Worker;

/// <summary>How a Worker binding carries its value (the <c>type</c> of a <c>WorkersScript</c> binding).</summary>
public enum WorkerBindingType
{
    /// <summary><c>kv_namespace</c>: a Workers KV namespace.</summary>
    KvNamespace,

    /// <summary><c>plain_text</c>: a non-secret string, visible in the dashboard and the API.</summary>
    PlainText,

    /// <summary><c>secret_text</c>: an encrypted string, never shown again once set.</summary>
    SecretText,

    /// <summary><c>json</c>: a non-secret JSON value.</summary>
    Json,

    /// <summary><c>service</c>: another Worker of the account, called through the binding (fetch or RPC).</summary>
    Service,
}

/// <summary>The bindings of the edge Worker and of the federation Worker, exactly as contracts/worker-bindings.md names
/// them.</summary>
public static class WorkerBindings
{
    /// <summary>The KV namespace with the route policy and the JWKS cache.</summary>
    public const string PolicyKv = "POLICY_KV";

    /// <summary>The federation Worker's own KV namespace: its encrypted STS credential cache.</summary>
    public const string CredentialsKv = "CREDENTIALS_KV";

    /// <summary>The KV key of the route policy document.</summary>
    public const string PolicyKey = "POLICY_KEY";

    /// <summary>The environment name.</summary>
    public const string Environment = "ENVIRONMENT";

    /// <summary>The mesh ingress origin.</summary>
    public const string OriginUrl = "ORIGIN_URL";

    /// <summary>The key the Worker signs identity assertions with.</summary>
    public const string SigningKeyCurrent = "SIGNING_KEY_CURRENT";

    /// <summary>The current key's id.</summary>
    public const string SigningKeyCurrentId = "SIGNING_KEY_CURRENT_ID";

    /// <summary>The previous key, kept during a rotation's overlap.</summary>
    public const string SigningKeyPrevious = "SIGNING_KEY_PREVIOUS";

    /// <summary>The previous key's id.</summary>
    public const string SigningKeyPreviousId = "SIGNING_KEY_PREVIOUS_ID";

    /// <summary>The identity providers.</summary>
    public const string AuthConfig = "AUTH_CONFIG";

    /// <summary>The federation settings (federating environments only).</summary>
    public const string FederationConfig = "FEDERATION_CONFIG";

    /// <summary>The federation Worker, as the edge calls it (federating environments only).</summary>
    public const string Federation = "FEDERATION";

    /// <summary>The key of the federation Worker's encrypted STS credential cache.</summary>
    public const string StsCacheKey = "STS_CACHE_KEY";

    /// <summary>The key of the keyed hash that stands for a caller in the logs of personal-data routes.</summary>
    public const string LogSubjectKey = "LOG_SUBJECT_KEY";

    /// <summary>The audit log binding, present when the edge is given a log subject key.</summary>
    public static IReadOnlyList<(string Name, WorkerBindingType Type)> AuditLog { get; } =
    [
        (LogSubjectKey, WorkerBindingType.SecretText),
    ];

    /// <summary>The two bindings that switch on STS federation in the edge Worker, in the contract's order.</summary>
    public static IReadOnlyList<(string Name, WorkerBindingType Type)> EdgeFederation { get; } =
    [
        (FederationConfig, WorkerBindingType.Json),
        (Federation, WorkerBindingType.Service),
    ];

    /// <summary>Every binding of the federation Worker, in the contract's order. It has a KV namespace of its own, shares
    /// the edge's origin (it signs requests to that origin only) and federation settings, and alone holds the credential
    /// cache key.</summary>
    public static IReadOnlyList<(string Name, WorkerBindingType Type)> FederationWorker { get; } =
    [
        (CredentialsKv, WorkerBindingType.KvNamespace),
        (OriginUrl, WorkerBindingType.PlainText),
        (FederationConfig, WorkerBindingType.Json),
        (StsCacheKey, WorkerBindingType.SecretText),
    ];

    /// <summary>Every binding of the edge Worker in every environment, and its type, in the contract's order. Only the
    /// signing keys are secret.</summary>
    public static IReadOnlyList<(string Name, WorkerBindingType Type)> All { get; } =
    [
        (PolicyKv, WorkerBindingType.KvNamespace),
        (PolicyKey, WorkerBindingType.PlainText),
        (Environment, WorkerBindingType.PlainText),
        (OriginUrl, WorkerBindingType.PlainText),
        (SigningKeyCurrent, WorkerBindingType.SecretText),
        (SigningKeyCurrentId, WorkerBindingType.PlainText),
        (SigningKeyPrevious, WorkerBindingType.SecretText),
        (SigningKeyPreviousId, WorkerBindingType.PlainText),
        (AuthConfig, WorkerBindingType.Json),
    ];

    /// <summary>The wire name of a binding type.</summary>
    /// <param name="type">The type.</param>
    public static string WireType(WorkerBindingType type) => type switch
    {
        WorkerBindingType.KvNamespace => "kv_namespace",
        WorkerBindingType.PlainText => "plain_text",
        WorkerBindingType.SecretText => "secret_text",
        WorkerBindingType.Json => "json",
        WorkerBindingType.Service => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
