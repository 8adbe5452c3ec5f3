return await Pulumi.Deployment.RunAsync<IdentityFabric.Stacks.FabricStack>();
