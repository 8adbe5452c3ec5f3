// Mirrors the provider configuration class of the real Pulumi.Aws package (aws:* stack settings): only the setting
// a program may read here, with the real name and type. It exists so that Config under `using Pulumi; using
// Pulumi.Aws;` is as ambiguous here as with the real package. Written by hand, like Provider.cs.

namespace Pulumi.Aws
{
    public static class Config
    {
        private static readonly global::Pulumi.Config Settings = new global::Pulumi.Config("aws");

        /// <summary>The region (<c>aws:region</c>); the provider also reads <c>AWS_REGION</c>.</summary>
        public static string? Region => Settings.Get("region");
    }
}
