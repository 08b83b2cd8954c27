using System.Runtime.CompilerServices;
using Polly;

namespace KlingGenerated;

/// <summary>
/// A <see cref="DelegatingHandler"/> that sends each request through a Polly
/// <see cref="ResiliencePipeline{T}"/>, shaped like Microsoft.Extensions.Http.Resilience's
/// <c>ResilienceHandler</c> (which is not on our package feed).
/// </summary>
/// <remarks>
/// <para>Handlers added after this one sit inside it and run once per attempt. The same
/// <see cref="HttpRequestMessage"/> is sent again on a retry, so its content must be readable twice
/// (the client's JSON bodies are).</para>
/// <para>Unlike Microsoft's handler, this one buffers each response body inside the attempt, so a body
/// that breaks off (a malformed chunk, a connection closed mid-body) or never arrives in time is a
/// failed attempt that the pipeline sees and can retry, instead of an error after the pipeline has
/// returned. The pipeline's predicates also read Kling's business code from that buffered body.</para>
/// <para>Synchronous <see cref="HttpMessageHandler"/> sends are passed on without the pipeline.</para>
/// </remarks>
public class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Resilience.Http.RequestMessage");

    private readonly Func<HttpRequestMessage, ResiliencePipeline<HttpResponseMessage>> _pipelineProvider;

    /// <summary>Creates a handler that runs every request through one pipeline.</summary>
    public ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline)
        : this(RequirePipeline(pipeline))
    {
    }

    /// <summary>Creates a handler that picks a pipeline per request.</summary>
    public ResilienceHandler(Func<HttpRequestMessage, ResiliencePipeline<HttpResponseMessage>> pipelineProvider)
    {
        ArgumentNullException.ThrowIfNull(pipelineProvider);
        _pipelineProvider = pipelineProvider;
    }

    /// <summary>The request a pipeline is running, for predicates and callbacks that need its method or URL.</summary>
    public static HttpRequestMessage? RequestOf(ResilienceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Properties.TryGetValue(RequestKey, out var request) ? request : null;
    }

    // Lets tests check that handlers made at different times share one pipeline (and its breaker state).
    internal ResiliencePipeline<HttpResponseMessage> PipelineFor(HttpRequestMessage request) => _pipelineProvider(request);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = _pipelineProvider(request) ?? throw new InvalidOperationException("The pipeline provider returned no pipeline.");
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (context, state) => state.Handler.AttemptAsync(state.Request, context),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);

            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // One attempt, body buffered. Pooled, since it runs (and completes asynchronously) on every call.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, ResilienceContext context)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            await response.Content.LoadIntoBufferAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
            return Outcome.FromResult(response);
        }
#pragma warning disable CA1031 // Every failure becomes an outcome the pipeline judges; ThrowIfException rethrows it in SendAsync.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }

    private static Func<HttpRequestMessage, ResiliencePipeline<HttpResponseMessage>> RequirePipeline(ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return _ => pipeline;
    }
}
