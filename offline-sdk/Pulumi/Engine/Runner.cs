using System.Reflection;

namespace Pulumi;

/// <summary>
/// Tracks every task a program starts (resource registrations, outputs) so a run ends only when
/// all of them have finished, and turns their failures into logged errors as the real runner does.
/// </summary>
internal sealed class Runner
{
    private readonly object _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<Task> _pending = new();
    private readonly HashSet<Exception> _exceptions = new(ReferenceEqualityComparer.Instance);

    public void RegisterTask(Task task)
    {
        // A task that has already succeeded has nothing left to wait for or to report. Most outputs are born complete, so
        // this keeps the queue to the work still in flight.
        if (task.IsCompletedSuccessfully)
        {
            return;
        }

        // Continuations register tasks from pool threads while the program registers its own: no lock to contend on.
        _pending.Enqueue(task);
    }

    /// <summary>Records a failure that happened outside any tracked task (for example in a stack constructor).</summary>
    public void RecordException(Exception exception)
    {
        lock (_gate)
        {
            _exceptions.Add(exception);
        }
    }

    /// <summary>Waits until no tracked task is left and returns every distinct failure.</summary>
    public async Task<IReadOnlyList<Exception>> WhileRunningAsync()
    {
        while (true)
        {
            var batch = new List<Task>();
            while (_pending.TryDequeue(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                break;
            }

            try
            {
                await Task.WhenAll(batch).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Failures are collected from the tasks themselves below.
            catch
#pragma warning restore CA1031
            {
            }

            foreach (var task in batch)
            {
                if (task.IsFaulted)
                {
                    foreach (var exception in task.Exception!.InnerExceptions)
                    {
                        RecordException(exception);
                    }
                }
                else if (task.IsCanceled)
                {
                    RecordException(new TaskCanceledException(task));
                }
            }
        }

        lock (_gate)
        {
            return _exceptions.ToList();
        }
    }

    /// <summary>The message the real runner logs for an unhandled exception.</summary>
    public static string Describe(Exception exception)
        => exception switch
        {
            RunException => exception.Message,
            ResourceException resourceException => resourceException.HideStack ? resourceException.Message : resourceException.ToString(),
            _ => $"Running program '{Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{exception}",
        };
}

internal enum LogSeverity
{
    Debug,
    Info,
    Warning,
    Error,
}

/// <summary>The engine's log: errors make a test run fail, the rest is kept for diagnostics.</summary>
internal sealed class EngineLogger
{
    private readonly object _gate = new();
    private readonly List<(LogSeverity Severity, string Message)> _entries = new();

    public void Log(LogSeverity severity, string message, Resource? resource)
    {
        lock (_gate)
        {
            _entries.Add((severity, message));
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return _entries.Where(e => e.Severity == LogSeverity.Error).Select(e => e.Message).ToList();
            }
        }
    }
}
