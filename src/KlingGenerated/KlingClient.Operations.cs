using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KlingGenerated;

// Adds to the generated client: task operations over its Get*TaskAsync queries (resumed by id or
// token, or started by a create), and the clock, logger and wait defaults they use, so no caller
// hand-writes a poll loop. Instance methods, all
// virtual, so a test can mock them (extension methods could not be).
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

    private async Task<KlingTaskOperation> RunAsync(WaitUntil waitUntil, KlingRoute route, IKlingCreateRequest request,
        KlingWaitOptions? waitOptions, IProgress<KlingTaskProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(waitUntil))
        {
            throw new ArgumentOutOfRangeException(nameof(waitUntil), waitUntil, "Not a WaitUntil value.");
        }

        // Named before the create, on the caller's request, so a lost answer is found by this id and the
        // caller can see it even when the create throws.
        if (string.IsNullOrEmpty(request.ExternalTaskId))
        {
            request.ExternalTaskId = ExternalTaskIds.New();
        }

        var created = await this.CreateTaskAsync(route, request, cancellationToken).ConfigureAwait(false);
        var operation = Started(route, created, request);
        if (waitUntil == WaitUntil.Completed)
        {
            await operation.WaitForCompletionAsync(waitOptions, progress, cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    private KlingTaskOperation Started(KlingRoute route, TaskResponse created, IKlingCreateRequest request)
    {
        // The request's external_task_id was filled in before sending, so a create answered without
        // a task_id can still be followed: Kling's query accepts either id.
        var lookupId = created.Data?.TaskId is { Length: > 0 } taskId ? taskId : request.ExternalTaskId;
        if (string.IsNullOrEmpty(lookupId))
        {
            throw new KlingApiException("The create response carried no task_id.", 200, null, new Dictionary<string, IEnumerable<string>>(), null);
        }

        return new KlingTaskOperation(this, route, lookupId, request.ExternalTaskId, created.Data, TimeProvider, Logger, WaitOptions);
    }
}
