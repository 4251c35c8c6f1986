using ChannelPlatform.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Http;

/// <summary>Takes the caller's <c>X-Correlation-Id</c> (or makes one), echoes it, and hands it to the outbox headers.</summary>
internal sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public Task InvokeAsync(HttpContext context, CorrelationContext correlation)
    {
        var id = context.Request.Headers[CorrelationHeader].ToString();
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
            id = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        correlation.CorrelationId = id;
        context.Response.Headers[CorrelationHeader] = id;
        return next(context);
    }
}
