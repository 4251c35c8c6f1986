using Microsoft.Net.Http.Headers;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// What a scorecard passes on to every service it calls: the caller's own token (services validate
/// it and scope by it themselves), the correlation id and the W3C trace context.
/// </summary>
internal sealed record Caller(string? Authorization, string CorrelationId, string? TraceParent, string? TraceState)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static Caller From(HttpContext http)
    {
        var headers = http.Request.Headers;
        var correlation = headers[CorrelationHeader].ToString();
        if (string.IsNullOrWhiteSpace(correlation) || correlation.Length > 100)
            correlation = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        var activity = System.Diagnostics.Activity.Current;
        return new Caller(
            headers.Authorization.ToString(),
            correlation,
            activity?.Id ?? NullIfEmpty(headers[HeaderNames.TraceParent].ToString()),
            activity?.TraceStateString ?? NullIfEmpty(headers[HeaderNames.TraceState].ToString()));
    }

    public void ApplyTo(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(Authorization))
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, Authorization);
        request.Headers.TryAddWithoutValidation(CorrelationHeader, CorrelationId);
        if (TraceParent is not null)
            request.Headers.TryAddWithoutValidation(HeaderNames.TraceParent, TraceParent);
        if (TraceState is not null)
            request.Headers.TryAddWithoutValidation(HeaderNames.TraceState, TraceState);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
