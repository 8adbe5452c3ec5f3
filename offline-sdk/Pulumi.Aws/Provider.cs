// Mirrors the explicit provider of the real Pulumi.Aws 7.x package (sdk/dotnet/Provider.cs): only the members the
// project uses, with the real names, C# types, wire names and json flags. Written by hand: the codegen covers
// resources of the namespace folders, not the package's provider.

using Pulumi.Serialization;

namespace Pulumi.Aws
{
    [AwsResourceType("pulumi:providers:aws")]
    public partial class Provider : global::Pulumi.ProviderResource
    {
        public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
            : base("aws", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            // As in the real package: the credentials the provider echoes back are secret outputs.
            var defaults = new CustomResourceOptions
            {
                Version = Utilities.Version,
                AdditionalSecretOutputs = { "accessKey", "secretKey", "token" },
            };
            var merged = CustomResourceOptions.Merge(defaults, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class ProviderArgs : global::Pulumi.ResourceArgs
    {
        // Provider inputs other than strings travel as JSON text (json: true), exactly as the real args declare them.
        [Input("allowedAccountIds", json: true)]
        private InputList<string>? _allowedAccountIds;

        public InputList<string> AllowedAccountIds
        {
            get => _allowedAccountIds ??= new InputList<string>();
            set => _allowedAccountIds = value;
        }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("skipCredentialsValidation", json: true)]
        public Input<bool>? SkipCredentialsValidation { get; set; }

        [Input("skipRegionValidation", json: true)]
        public Input<bool>? SkipRegionValidation { get; set; }

        public ProviderArgs()
        {
            // The real constructor's defaults: the region from the environment, credentials validated, region names
            // not checked against the provider's static list. An unset region is an input holding null, sent as no value.
            Region = FirstEnvironmentVariable("AWS_REGION", "AWS_DEFAULT_REGION")!;
            SkipCredentialsValidation = false;
            SkipRegionValidation = true;
        }

        private static string? FirstEnvironmentVariable(params string[] names)
        {
            foreach (var name in names)
            {
                if (System.Environment.GetEnvironmentVariable(name) is { } value)
                {
                    return value;
                }
            }

            return null;
        }
    }
}
