using System.Collections.Immutable;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests.Support;

internal static class Harness
{
    /// <summary>Runs <paramref name="program"/> inside a stack, as a preview unless told otherwise.</summary>
    public static Task<ImmutableArray<Resource>> RunAsync(IMocks mocks, Action program, bool preview = true)
        => Deployment.TestAsync(mocks, new TestOptions { IsPreview = preview }, program);

    public static Task<T> ValueOf<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static Task<bool> IsKnown<T>(Output<T> output) => OutputUtilities.GetIsKnownAsync(output);
}
