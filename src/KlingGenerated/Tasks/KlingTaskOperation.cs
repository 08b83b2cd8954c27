using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KlingGenerated;

/// <summary>
/// A Kling task running on the server, modelled on Azure's <c>Operation&lt;T&gt;</c>: query it with
/// <see cref="UpdateStatusAsync"/>, or wait for it with <see cref="WaitForCompletionAsync(CancellationToken)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Resumable anywhere: keep <see cref="Id"/> and <see cref="Route"/> (or <see cref="RehydrationToken"/>)
/// and rebuild the operation later, in another process, with
/// <see cref="KlingClient.GetTaskOperation"/> or <see cref="KlingClient.RehydrateTaskOperation"/>.
/// Kling's query accepts the <c>external_task_id</c> in place of the task id, so either resumes it.
/// </para>
/// <para>
/// Cancelling a wait stops the waiting only; nothing is sent to the server and the task goes on.
/// An instance is not meant to be waited on from two threads at once.
/// </para>
/// </remarks>
public class KlingTaskOperation
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(1);

    private readonly KlingClient _client = default!;
    private readonly string _lookupId = default!;
    private readonly string? _externalTaskId;
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly ILogger _logger = NullLogger.Instance;
    private readonly KlingWaitOptions _defaultWaitOptions = new();
    private readonly KnownSecrets _secrets = KnownSecrets.None;
    private TaskData? _latest;

    /// <summary>For mocking only: every member is virtual.</summary>
    protected KlingTaskOperation()
    {
    }

    internal KlingTaskOperation(KlingClient client, KlingRoute route, string taskIdOrExternalId, string? externalTaskId, TaskData? initial,
        TimeProvider? timeProvider, ILogger? logger, KlingWaitOptions? waitOptions)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskIdOrExternalId);
        if (!Enum.IsDefined(route))
        {
            throw new ArgumentOutOfRangeException(nameof(route), route, "Not a Kling route.");
        }

        _client = client;
        Route = route;
        _lookupId = taskIdOrExternalId;
        _externalTaskId = externalTaskId;
        _latest = initial;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _defaultWaitOptions = waitOptions ?? new KlingWaitOptions();

        // The credentials of the client it queries with, kept out of a failed task's reason.
        _secrets = client.Secrets;
    }

    /// <summary>The task's id; until the server has named the task, the id this operation was rebuilt from.</summary>
    public virtual string Id => _latest?.TaskId is { Length: > 0 } id ? id : _lookupId;

    /// <summary>The caller's <c>external_task_id</c> for the task, when known.</summary>
    public virtual string? ExternalTaskId => _latest?.TaskInfo?.ExternalTaskId is { Length: > 0 } id ? id : _externalTaskId;

    /// <summary>The route the task runs on.</summary>
    public virtual KlingRoute Route { get; }

    /// <summary>The status last seen; <see cref="KlingTaskStatus.Unknown"/> before the first query of a rebuilt operation.</summary>
    public virtual KlingTaskStatus Status => _latest?.Status ?? KlingTaskStatus.Unknown;

    /// <summary>The task as the server last described it, or null before the first query of a rebuilt operation.</summary>
    public virtual TaskData? LatestTask => _latest;

    /// <summary>Whether the task has ended, successfully or not.</summary>
    public virtual bool HasCompleted => _latest?.IsTerminal == true;

    /// <summary>Whether the task succeeded with a result, so <see cref="Value"/> returns it.</summary>
    public virtual bool HasValue => _latest is { Status: KlingTaskStatus.Succeeded } task && HasResult(task);

    /// <summary>The succeeded task, with its videos or images.</summary>
    /// <exception cref="InvalidOperationException">The task has not ended yet.</exception>
    /// <exception cref="KlingTaskFailedException">The task failed.</exception>
    /// <exception cref="KlingTaskResultMissingException">The task succeeded without any result URL.</exception>
    public virtual TaskData Value
    {
        get
        {
            var task = _latest;
            if (task is null || !task.IsTerminal)
            {
                throw new InvalidOperationException($"Kling task {Id} has not finished (status {Status}); wait for it first.");
            }

            if (task.Status == KlingTaskStatus.Failed)
            {
                throw new KlingTaskFailedException(Id, Route, task, _secrets);
            }

            return HasResult(task) ? task : throw new KlingTaskResultMissingException(Id, Route, task);
        }
    }

    /// <summary>A string that rebuilds this operation anywhere (<see cref="KlingClient.RehydrateTaskOperation"/>). Safe to store: it holds only ids and the route.</summary>
    public virtual string RehydrationToken => TaskRehydrationToken.Create(Route, Id, ExternalTaskId);

    // Tests and the benchmark replace the jitter source to make a wait repeatable.
    internal Func<double> Random { get; set; } = System.Random.Shared.NextDouble;

    /// <summary>Queries the task once (unless it has already ended) and returns what the server said.</summary>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The task as it is now.</returns>
    public virtual async Task<TaskData> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        if (HasCompleted)
        {
            return _latest!;
        }

        var (task, _) = await PollAsync(cancellationToken).ConfigureAwait(false);
        return task;
    }

    /// <summary>Waits, with the client's default <see cref="KlingWaitOptions"/>, until the task ends.</summary>
    /// <param name="cancellationToken">Stops waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task, as <see cref="Value"/>.</returns>
    public virtual Task<TaskData> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
        WaitForCompletionAsync(null, null, cancellationToken);

    /// <summary>Waits until the task ends, querying it as <paramref name="options"/> says.</summary>
    /// <param name="options">When and how often to query, and for how long; the client's defaults when null.</param>
    /// <param name="progress">Told about every change of status, with the time waited.</param>
    /// <param name="cancellationToken">Stops waiting (the task goes on on the server).</param>
    /// <returns>The succeeded task, as <see cref="Value"/>.</returns>
    /// <exception cref="KlingTaskFailedException">The task failed, or reached one of <see cref="KlingWaitOptions.FailedStatuses"/>; the reason is in <see cref="KlingTaskFailedException.StatusMessage"/>.</exception>
    /// <exception cref="KlingTaskResultMissingException">The task succeeded without any result URL.</exception>
    /// <exception cref="KlingTaskTimeoutException">The task did not end within <see cref="KlingWaitOptions.Timeout"/>.</exception>
    /// <exception cref="KlingApiException">A query was refused for good (for example an unknown task id or a bad key).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<TaskData> WaitForCompletionAsync(KlingWaitOptions? options, IProgress<KlingTaskProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= _defaultWaitOptions;
        options.Validate();
        var started = _timeProvider.GetTimestamp();
        var limited = options.Timeout != Timeout.InfiniteTimeSpan;
        var schedule = new PollSchedule(options, Random);
        var polls = 0;
        KlingTaskStatus? reported = null;
        Exception? lastError = null;

        // Everything inside the wait (the query in progress, the pipeline's retries and sleeps) ends with it.
        using var deadline = new WaitDeadline(options.Timeout, _timeProvider, cancellationToken);

        void Report()
        {
            if (_latest is { } task && task.Status != reported)
            {
                progress?.Report(new KlingTaskProgress(Id, Route, task.Status, reported, _timeProvider.GetElapsedTime(started), polls, task));
                reported = task.Status;
            }
        }

        TimeSpan Remaining() => options.Timeout - _timeProvider.GetElapsedTime(started);

        Report();
        ThrowIfEndedAsFailed(options);
        var delay = options.InitialDelay;
        var queryAgain = true;
        while (!HasCompleted)
        {
            if (limited && Remaining() is var remaining && delay > remaining)
            {
                // The last query happens at the deadline itself, so a task ending just in time is not missed.
                delay = remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
            }

            TimeSpan? retryAfter;
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _timeProvider, deadline.Token).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (!queryAgain)
                {
                    // The server asked not to be queried again before the limit: no query at the deadline either.
                    throw TimedOut(options, lastError);
                }

                polls++;
                (_, retryAfter) = await PollAsync(deadline.Token).ConfigureAwait(false);
                lastError = null;
            }
            catch (Exception ex) when (deadline.HasPassed && ex is not KlingTaskTimeoutException)
            {
                // A query (or the pipeline's retries of it) still running at the limit: cut off, not waited for.
                throw TimedOut(options, lastError ?? new TimeoutException(
                    $"The query for Kling task {Id} had not been answered when the wait's limit of {options.Timeout} ran out.", ex));
            }
            catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
            {
                // Cancelled through the wait's own token: said with the caller's, as callers check.
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
            catch (Exception ex) when (QueryFailures.IsTransient(ex, cancellationToken))
            {
                TaskLog.PollFailed(_logger, Id, Route, ex);
                lastError = ex;
                retryAfter = (ex as KlingApiException)?.RetryAfterFrom(_timeProvider);
            }

            Report();
            ThrowIfEndedAsFailed(options);
            if (HasCompleted)
            {
                break;
            }

            if (limited && Remaining() <= TimeSpan.Zero)
            {
                throw TimedOut(options, lastError);
            }

            delay = schedule.NextDelay();
            if (retryAfter > delay)
            {
                if (limited && retryAfter > Remaining())
                {
                    // Not slept through: the wait ends at its limit, without a query the server asked not to get.
                    TaskLog.RetryAfterBeyondLimit(_logger, Id, Route, retryAfter.Value, options.Timeout);
                    queryAgain = false;
                }

                // Task.Delay cannot wait 50 days; an absurd Retry-After with no timeout still polls daily.
                delay = retryAfter.Value < LongestDelay ? retryAfter.Value : LongestDelay;
            }
        }

        return Value;
    }

    // A status the caller named as an end (canceled, expired ...) ends the wait as Kling's own failed does.
    private void ThrowIfEndedAsFailed(KlingWaitOptions options)
    {
        if (_latest is { Status: KlingTaskStatus.Unknown } task && options.EndsAsFailed(task.TaskStatus))
        {
            throw new KlingTaskFailedException(Id, Route, task, _secrets, task.TaskStatus!.Trim());
        }
    }

    private KlingTaskTimeoutException TimedOut(KlingWaitOptions options, Exception? lastError)
    {
        TaskLog.TimedOut(_logger, Id, Route, options.Timeout);
        return new KlingTaskTimeoutException(Id, Route, _latest, options.Timeout, RehydrationToken, lastError);
    }

    private async Task<(TaskData Task, TimeSpan? RetryAfter)> PollAsync(CancellationToken cancellationToken)
    {
        using var activity = KlingDiagnostics.ActivitySource.StartActivity("Kling poll task");
        activity?.SetTag("kling.route", Route.PathName());
        activity?.SetTag("kling.task_id", Id);
        try
        {
            var response = await _client.GetTaskAsync(Route, Id, cancellationToken).ConfigureAwait(false);
            var task = response.Data ?? throw new TaskAnswerWithoutData();
            var previous = Status;
            _latest = task;
            activity?.SetTag("kling.task_status", task.Status.ToString());
            if (task.Status != previous)
            {
                TaskLog.StatusChanged(_logger, Id, Route, task.Status, previous);
            }

            return (task, response.RetryAfter);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    private bool HasResult(TaskData task) => Route.ProducesVideo() ? task.Videos.Count > 0 : task.Images.Count > 0;
}
