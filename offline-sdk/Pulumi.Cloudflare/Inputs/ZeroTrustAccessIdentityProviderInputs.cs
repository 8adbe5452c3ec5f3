namespace Pulumi.Cloudflare.Inputs;

public sealed class ZeroTrustAccessIdentityProviderConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("appsDomain")]
    public Input<string>? AppsDomain { get; set; }

    [Input("attributes")]
    private InputList<string>? _attributes;

    public InputList<string> Attributes
    {
        get => _attributes ?? (_attributes = new InputList<string>());
        set => _attributes = value;
    }

    [Input("authUrl")]
    public Input<string>? AuthUrl { get; set; }

    [Input("authorizationServerId")]
    public Input<string>? AuthorizationServerId { get; set; }

    [Input("centrifyAccount")]
    public Input<string>? CentrifyAccount { get; set; }

    [Input("centrifyAppId")]
    public Input<string>? CentrifyAppId { get; set; }

    [Input("certsUrl")]
    public Input<string>? CertsUrl { get; set; }

    [Input("claims")]
    private InputList<string>? _claims;

    public InputList<string> Claims
    {
        get => _claims ?? (_claims = new InputList<string>());
        set => _claims = value;
    }

    [Input("clientId")]
    public Input<string>? ClientId { get; set; }

    [Input("clientSecret")]
    private Input<string>? _clientSecret;

    public Input<string>? ClientSecret
    {
        get => _clientSecret;
        set => _clientSecret = SecretInputs.Wrap(value);
    }

    [Input("conditionalAccessEnabled")]
    public Input<bool>? ConditionalAccessEnabled { get; set; }

    [Input("directoryId")]
    public Input<string>? DirectoryId { get; set; }

    [Input("emailAttributeName")]
    public Input<string>? EmailAttributeName { get; set; }

    [Input("emailClaimName")]
    public Input<string>? EmailClaimName { get; set; }

    [Input("idpPublicCerts")]
    private InputList<string>? _idpPublicCerts;

    public InputList<string> IdpPublicCerts
    {
        get => _idpPublicCerts ?? (_idpPublicCerts = new InputList<string>());
        set => _idpPublicCerts = value;
    }

    [Input("issuerUrl")]
    public Input<string>? IssuerUrl { get; set; }

    [Input("oktaAccount")]
    public Input<string>? OktaAccount { get; set; }

    [Input("oneloginAccount")]
    public Input<string>? OneloginAccount { get; set; }

    [Input("pingEnvId")]
    public Input<string>? PingEnvId { get; set; }

    [Input("pkceEnabled")]
    public Input<bool>? PkceEnabled { get; set; }

    [Input("prompt")]
    public Input<string>? Prompt { get; set; }

    [Input("redirectUrl")]
    public Input<string>? RedirectUrl { get; set; }

    [Input("scopes")]
    private InputList<string>? _scopes;

    public InputList<string> Scopes
    {
        get => _scopes ?? (_scopes = new InputList<string>());
        set => _scopes = value;
    }

    [Input("signRequest")]
    public Input<bool>? SignRequest { get; set; }

    [Input("ssoTargetUrl")]
    public Input<string>? SsoTargetUrl { get; set; }

    [Input("supportGroups")]
    public Input<bool>? SupportGroups { get; set; }

    [Input("tokenUrl")]
    public Input<string>? TokenUrl { get; set; }

    public ZeroTrustAccessIdentityProviderConfigArgs()
    {
    }

    public static new ZeroTrustAccessIdentityProviderConfigArgs Empty => new ZeroTrustAccessIdentityProviderConfigArgs();
}
