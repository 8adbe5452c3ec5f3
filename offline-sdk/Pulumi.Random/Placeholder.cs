namespace Pulumi.Random;
