global using IdentityFabric.Cli.Planning;
global using NUnit.Framework;
