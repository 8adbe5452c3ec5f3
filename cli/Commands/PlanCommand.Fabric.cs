using IdentityFabric.Cli.Planning;
using IdentityFabric.Stacks;

namespace IdentityFabric.Cli.Commands;

public sealed partial class PlanCommand
{
    /// <summary>Creates the command that plans the project's program, <see cref="FabricStack"/>.</summary>
    public PlanCommand()
        : this(StackPlanner.PlanAsync<FabricStack>)
    {
    }
}
