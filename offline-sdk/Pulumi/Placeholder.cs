namespace Pulumi;
