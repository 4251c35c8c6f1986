using ChannelPlatform.FuzzTests.Sending;

namespace ChannelPlatform.FuzzTests.Checks;

/// <summary>
/// The one documented exception to "every 4xx is ProblemDetails": a request Kestrel's HTTP/1.1 parser refuses before
/// any application code runs (bad bytes or NUL in the request line, a request line over 8 KB, headers over 32 KB, a
/// header value Kestrel will not decode, no Host). Kestrel writes those answers itself with an empty body and offers no
/// hook to write another (aspnet/KestrelHttpServer#2947, "this category of errors is not customisable"). It is told
/// apart by what the gateway's pipeline always adds and the parser never does: <c>X-Content-Type-Options</c>. An empty
/// 4xx that carries it came from the application, and stays a violation.
/// </summary>
public static class KnownExceptions
{
    public const string KestrelParser = "rejected by Kestrel's parser before the gateway ran (no body possible)";

    public static string? Allows(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var request = exchange.Request;
        var beforeThePipeline = exchange.Status is 400 or 414 or 431 or 505
            && string.IsNullOrEmpty(exchange.Body)
            && request.Operation.Routed
            && !exchange.HeaderNames.Contains("x-content-type-options");
        return beforeThePipeline ? KestrelParser : null;
    }
}
