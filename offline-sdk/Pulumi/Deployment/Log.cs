namespace Pulumi;

/// <summary>
/// Messages for the engine's log. An error message makes the run fail.
/// </summary>
public static class Log
{
    public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        => Deployment.InternalInstance.Logger.Log(LogSeverity.Debug, message, resource);

    public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        => Deployment.InternalInstance.Logger.Log(LogSeverity.Info, message, resource);

    public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        => Deployment.InternalInstance.Logger.Log(LogSeverity.Warning, message, resource);

    public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        => Deployment.InternalInstance.Logger.Log(LogSeverity.Error, message, resource);
}
