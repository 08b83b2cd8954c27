using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace KlingGenerated;

// Puts the bearer token on every attempt, and answers Kling's "token not yet valid" (1003) and
// "token expired" (1004) by signing a new token and sending once more: a refusal, so nothing was
// created and resending is safe. Innermost, so every attempt and lookup carries a fresh token. It reads a
// 401's body below the buffering handler, so it reads it under the same limit (maxResponseBytes).
internal sealed class KlingAuthenticationHandler(IKlingTokenSource tokens, long maxResponseBytes, ILogger logger) : DelegatingHandler
{
    private FormattedToken? _formatted;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = tokens.Current();
        SetAuthorization(request, token);
        return tokens.CanRefresh ? SendRefreshingAsync(request, token, cancellationToken) : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRefreshingAsync(HttpRequestMessage request, AuthenticationHeaderValue token, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        try
        {
            await ResponseBody.BufferAsync(response, maxResponseBytes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        if (KlingResponseScan.Read(response.Content).Code is not ({ } code and (1003 or 1004)))
        {
            return response;
        }

        Log.TokenRefused(logger, code);
        tokens.Invalidate(token);
        response.Dispose();
        SetAuthorization(request, tokens.Current());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // The header goes on as text, formatted once per token: a typed AuthenticationHeaderValue is
    // formatted again for every request written to the wire.
    private void SetAuthorization(HttpRequestMessage request, AuthenticationHeaderValue token)
    {
        var formatted = _formatted;
        if (!ReferenceEquals(formatted?.Token, token))
        {
            _formatted = formatted = new FormattedToken(token, token.ToString());
        }

        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", formatted!.Text);
    }

    private sealed record FormattedToken(AuthenticationHeaderValue Token, string Text);
}
