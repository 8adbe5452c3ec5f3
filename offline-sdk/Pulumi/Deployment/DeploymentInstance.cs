
namespace Pulumi;

/// <summary>
/// Metadata and services of the running deployment; see <see cref="Deployment.Instance"/>.
/// </summary>
public sealed class DeploymentInstance
{
    private readonly Deployment _deployment;

    internal DeploymentInstance(Deployment deployment)
    {
        _deployment = deployment;
    }

    public string StackName => _deployment.StackName;

    public string ProjectName => _deployment.ProjectName;

    public string OrganizationName => _deployment.OrganizationName;

    /// <summary>True during a preview, false during an update.</summary>
    public bool IsDryRun => _deployment.IsDryRun;

    internal Deployment Internal => _deployment;

    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null)
        => _deployment.Invoke<T>(token, args, options, dependsOn: null, single: false);

    public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options)
        => _deployment.Invoke<T>(token, args, options, options?.DependsOn, single: false);

    public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOptions? options = null)
        => _deployment.Invoke<T>(token, args, options, dependsOn: null, single: true);

    public Output<T> InvokeSingle<T>(string token, InvokeArgs args, InvokeOutputOptions options)
        => _deployment.Invoke<T>(token, args, options, options?.DependsOn, single: true);

    public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null)
        => _deployment.InvokeAsync<T>(token, args, options, single: false);

    public Task<T> InvokeSingleAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null)
        => _deployment.InvokeAsync<T>(token, args, options, single: true);

    public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options = null)
        => _deployment.InvokeAsync<object>(token, args, options, single: false);
}
