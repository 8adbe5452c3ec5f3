namespace Pulumi.Cloudflare;
