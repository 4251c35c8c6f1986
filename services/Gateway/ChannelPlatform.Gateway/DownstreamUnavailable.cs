using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;

namespace ChannelPlatform.Gateway;

/// <summary>
/// A service that cannot be reached is a dependency down: 503 ProblemDetails with Retry-After
/// (CONTRACT.md), not YARP's bare 502.
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
}
