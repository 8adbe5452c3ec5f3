global using System.Text.Json.Nodes;
global using IdentityFabric.Components.Preflight;
global using NUnit.Framework;
