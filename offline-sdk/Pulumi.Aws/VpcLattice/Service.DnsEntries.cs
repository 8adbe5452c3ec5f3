// Mirrors the real Pulumi.Aws 7.x output Service.DnsEntries (wire name "dnsEntries"); not generated from
// codegen/api.spec, so kept in its own file of the partial class.

using System.Collections.Immutable;
using Pulumi.Serialization;

namespace Pulumi.Aws.VpcLattice
{
    public partial class Service
    {
        [Output("dnsEntries")]
        public Output<ImmutableArray<Outputs.ServiceDnsEntry>> DnsEntries { get; private set; } = null!;
    }
}
