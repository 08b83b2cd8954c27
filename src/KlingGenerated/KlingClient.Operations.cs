using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KlingGenerated;

// Adds to the generated client: the operation of a task created earlier (by id or token), and the
// clock, logger and wait defaults every operation uses, so no caller hand-writes a poll loop. Instance
// methods, all virtual, so a test can mock them (extension methods could not be).
public partial class KlingClient
{
    /// <summary>For mocking only: every operation method is virtual.</summary>
    protected KlingClient()
        : this(httpClient: null!)
    {
    }

    /// <summary>The clock waits run on; <see cref="TimeProvider.System"/> unless a test or host injects another.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where task status changes (Information) and transient query failures (Warning) are logged. Never given keys or headers.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The wait options used when a wait is given none.</summary>
    public KlingWaitOptions WaitOptions { get; init; } = new();

    /// <summary>The operation of a task created earlier (perhaps by another process), without querying it yet.</summary>
    /// <param name="route">The route the task was created on.</param>
    /// <param name="taskIdOrExternalId">The task's <c>task_id</c>, or the <c>external_task_id</c> it was created with.</param>
    /// <returns>An operation to query or wait on.</returns>
    public virtual KlingTaskOperation GetTaskOperation(KlingRoute route, string taskIdOrExternalId) =>
        new(this, route, taskIdOrExternalId, externalTaskId: null, initial: null, TimeProvider, Logger, WaitOptions);

    /// <summary>Rebuilds an operation from its <see cref="KlingTaskOperation.RehydrationToken"/>.</summary>
    /// <param name="rehydrationToken">The token, as the operation (or a <see cref="KlingTaskTimeoutException"/>) gave it.</param>
    /// <returns>An operation to query or wait on.</returns>
    /// <exception cref="ArgumentException">The string is not a rehydration token.</exception>
    public virtual KlingTaskOperation RehydrateTaskOperation(string rehydrationToken)
    {
        var (route, id, externalTaskId) = TaskRehydrationToken.Parse(rehydrationToken);
        return new(this, route, id, externalTaskId, initial: null, TimeProvider, Logger, WaitOptions);
    }
}
