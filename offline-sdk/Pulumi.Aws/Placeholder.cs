namespace Pulumi.Aws;
