namespace Pulumi.Aws
{
    /// <summary>Package-wide constants shared by every generated resource.</summary>
    internal static class Utilities
    {
        /// <summary>The provider version this stand-in mirrors; sent with every registration as the real package does.</summary>
        public static string Version => "7.10.0";
    }

    /// <summary>
    /// Marks a resource class with its type token and the provider version, as the real package's
    /// internal attribute does.
    /// </summary>
    internal sealed class AwsResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
    {
        public AwsResourceTypeAttribute(string type) : base(type, Utilities.Version)
        {
        }
    }
}
