using System.Collections.Immutable;

namespace Pulumi.Cloudflare;

/// <summary>Stand-in for <c>cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication</c>.</summary>
[CloudflareResourceType("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication")]
public partial class ZeroTrustAccessApplication : global::Pulumi.CustomResource
{
    [Output("accountId")]
    public Output<string?> AccountId { get; private set; } = null!;

    [Output("allowAuthenticateViaWarp")]
    public Output<bool?> AllowAuthenticateViaWarp { get; private set; } = null!;

    [Output("allowedIdps")]
    public Output<ImmutableArray<string>> AllowedIdps { get; private set; } = null!;

    [Output("appLauncherLogoUrl")]
    public Output<string?> AppLauncherLogoUrl { get; private set; } = null!;

    [Output("appLauncherVisible")]
    public Output<bool> AppLauncherVisible { get; private set; } = null!;

    [Output("aud")]
    public Output<string> Aud { get; private set; } = null!;

    [Output("autoRedirectToIdentity")]
    public Output<bool?> AutoRedirectToIdentity { get; private set; } = null!;

    [Output("bgColor")]
    public Output<string?> BgColor { get; private set; } = null!;

    [Output("customDenyMessage")]
    public Output<string?> CustomDenyMessage { get; private set; } = null!;

    [Output("customDenyUrl")]
    public Output<string?> CustomDenyUrl { get; private set; } = null!;

    [Output("customNonIdentityDenyUrl")]
    public Output<string?> CustomNonIdentityDenyUrl { get; private set; } = null!;

    [Output("customPages")]
    public Output<ImmutableArray<string>> CustomPages { get; private set; } = null!;

    [Output("destinations")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessApplicationDestination>> Destinations { get; private set; } = null!;

    [Output("domain")]
    public Output<string> Domain { get; private set; } = null!;

    [Output("enableBindingCookie")]
    public Output<bool?> EnableBindingCookie { get; private set; } = null!;

    [Output("headerBgColor")]
    public Output<string?> HeaderBgColor { get; private set; } = null!;

    [Output("httpOnlyCookieAttribute")]
    public Output<bool> HttpOnlyCookieAttribute { get; private set; } = null!;

    [Output("logoUrl")]
    public Output<string?> LogoUrl { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("optionsPreflightBypass")]
    public Output<bool?> OptionsPreflightBypass { get; private set; } = null!;

    [Output("pathCookieAttribute")]
    public Output<bool?> PathCookieAttribute { get; private set; } = null!;

    [Output("policies")]
    public Output<ImmutableArray<Outputs.ZeroTrustAccessApplicationPolicy>> Policies { get; private set; } = null!;

    [Output("readServiceTokensFromHeader")]
    public Output<string?> ReadServiceTokensFromHeader { get; private set; } = null!;

    [Output("sameSiteCookieAttribute")]
    public Output<string?> SameSiteCookieAttribute { get; private set; } = null!;

    [Output("serviceAuth401Redirect")]
    public Output<bool?> ServiceAuth401Redirect { get; private set; } = null!;

    [Output("sessionDuration")]
    public Output<string> SessionDuration { get; private set; } = null!;

    [Output("skipAppLauncherLoginPage")]
    public Output<bool> SkipAppLauncherLoginPage { get; private set; } = null!;

    [Output("skipInterstitial")]
    public Output<bool?> SkipInterstitial { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableArray<string>> Tags { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    [Output("zoneId")]
    public Output<string?> ZoneId { get; private set; } = null!;

    public ZeroTrustAccessApplication(string name, ZeroTrustAccessApplicationArgs? args = null, CustomResourceOptions? options = null)
        : base("cloudflare:index/zeroTrustAccessApplication:ZeroTrustAccessApplication", name, args ?? new ZeroTrustAccessApplicationArgs(), MakeResourceOptions(options, ""))
    {
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = Utilities.Version, };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class ZeroTrustAccessApplicationArgs : global::Pulumi.ResourceArgs
{
    [Input("accountId")]
    public Input<string>? AccountId { get; set; }

    [Input("allowAuthenticateViaWarp")]
    public Input<bool>? AllowAuthenticateViaWarp { get; set; }

    [Input("allowedIdps")]
    private InputList<string>? _allowedIdps;

    public InputList<string> AllowedIdps
    {
        get => _allowedIdps ?? (_allowedIdps = new InputList<string>());
        set => _allowedIdps = value;
    }

    [Input("appLauncherLogoUrl")]
    public Input<string>? AppLauncherLogoUrl { get; set; }

    [Input("appLauncherVisible")]
    public Input<bool>? AppLauncherVisible { get; set; }

    [Input("autoRedirectToIdentity")]
    public Input<bool>? AutoRedirectToIdentity { get; set; }

    [Input("bgColor")]
    public Input<string>? BgColor { get; set; }

    [Input("customDenyMessage")]
    public Input<string>? CustomDenyMessage { get; set; }

    [Input("customDenyUrl")]
    public Input<string>? CustomDenyUrl { get; set; }

    [Input("customNonIdentityDenyUrl")]
    public Input<string>? CustomNonIdentityDenyUrl { get; set; }

    [Input("customPages")]
    private InputList<string>? _customPages;

    public InputList<string> CustomPages
    {
        get => _customPages ?? (_customPages = new InputList<string>());
        set => _customPages = value;
    }

    [Input("destinations")]
    private InputList<Inputs.ZeroTrustAccessApplicationDestinationArgs>? _destinations;

    public InputList<Inputs.ZeroTrustAccessApplicationDestinationArgs> Destinations
    {
        get => _destinations ?? (_destinations = new InputList<Inputs.ZeroTrustAccessApplicationDestinationArgs>());
        set => _destinations = value;
    }

    [Input("domain")]
    public Input<string>? Domain { get; set; }

    [Input("enableBindingCookie")]
    public Input<bool>? EnableBindingCookie { get; set; }

    [Input("headerBgColor")]
    public Input<string>? HeaderBgColor { get; set; }

    [Input("httpOnlyCookieAttribute")]
    public Input<bool>? HttpOnlyCookieAttribute { get; set; }

    [Input("logoUrl")]
    public Input<string>? LogoUrl { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("optionsPreflightBypass")]
    public Input<bool>? OptionsPreflightBypass { get; set; }

    [Input("pathCookieAttribute")]
    public Input<bool>? PathCookieAttribute { get; set; }

    [Input("policies")]
    private InputList<Inputs.ZeroTrustAccessApplicationPolicyArgs>? _policies;

    public InputList<Inputs.ZeroTrustAccessApplicationPolicyArgs> Policies
    {
        get => _policies ?? (_policies = new InputList<Inputs.ZeroTrustAccessApplicationPolicyArgs>());
        set => _policies = value;
    }

    [Input("readServiceTokensFromHeader")]
    public Input<string>? ReadServiceTokensFromHeader { get; set; }

    [Input("sameSiteCookieAttribute")]
    public Input<string>? SameSiteCookieAttribute { get; set; }

    [Input("serviceAuth401Redirect")]
    public Input<bool>? ServiceAuth401Redirect { get; set; }

    [Input("sessionDuration")]
    public Input<string>? SessionDuration { get; set; }

    [Input("skipAppLauncherLoginPage")]
    public Input<bool>? SkipAppLauncherLoginPage { get; set; }

    [Input("skipInterstitial")]
    public Input<bool>? SkipInterstitial { get; set; }

    [Input("tags")]
    private InputList<string>? _tags;

    public InputList<string> Tags
    {
        get => _tags ?? (_tags = new InputList<string>());
        set => _tags = value;
    }

    [Input("type")]
    public Input<string>? Type { get; set; }

    [Input("zoneId")]
    public Input<string>? ZoneId { get; set; }

    public ZeroTrustAccessApplicationArgs()
    {
    }

    public static new ZeroTrustAccessApplicationArgs Empty => new ZeroTrustAccessApplicationArgs();
}
