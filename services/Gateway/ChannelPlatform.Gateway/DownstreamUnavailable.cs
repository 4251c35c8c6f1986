using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace ChannelPlatform.Gateway;

/// <summary>
/// A service that cannot be reached is a dependency down: 503 ProblemDetails with Retry-After
/// (CONTRACT.md), not YARP's bare 502. A request body the client could not deliver is the client's fault: 413 when it
/// outgrew the limit (a chunked body has no Content-Length to refuse it up front), else 400.
/// </summary>
internal sealed class DownstreamUnavailable(RequestDelegate next)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        await next(context);
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
            return;
        context.Response.Clear();
        if (error.Error is ForwarderError.RequestBodyClient or ForwarderError.RequestBodyCanceled)
        {
            await ClientBodyProblemAsync(context, problems, error.Exception);
            return;
        }

        context.Response.StatusCode = error.Error == ForwarderError.RequestTimedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Title = "Service unavailable",
                Detail = "The service behind this route is not answering; retry after the indicated delay.",
            },
        });
    }

    private static Task ClientBodyProblemAsync(HttpContext context, IProblemDetailsService problems, Exception? exception)
    {
        var tooLarge = false;
        for (var e = exception; e is not null; e = e.InnerException)
            tooLarge |= e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
        context.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Title = tooLarge ? "Payload too large" : "Bad request",
                Detail = tooLarge ? "The request body is larger than allowed." : "The request body could not be read.",
            },
        }).AsTask();
    }
}
