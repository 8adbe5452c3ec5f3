// Mirrors the real Pulumi.Aws 7.x type Pulumi.Aws.VpcLattice.Outputs.ServiceDnsEntry (not generated from
// codegen/api.spec; kept beside the generated files).

using Pulumi.Serialization;

namespace Pulumi.Aws.VpcLattice.Outputs
{
    [OutputType]
    public sealed class ServiceDnsEntry
    {
        public readonly string? DomainName;
        public readonly string? HostedZoneId;

        [OutputConstructor]
        private ServiceDnsEntry(
            string? domainName,
            string? hostedZoneId)
        {
            DomainName = domainName;
            HostedZoneId = hostedZoneId;
        }
    }
}
