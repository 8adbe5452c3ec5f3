using IdentityFabric.Cli;
using IdentityFabric.Cli.Commands;

// Each command is one class in Commands/; register it here.
ICliCommand[] commands =
[
    new ValidateCommand(),
    new PlanCommand(),
    new DiffCommand(),
];

return CommandDispatcher.Run(commands, args, Console.Out, Console.Error);
