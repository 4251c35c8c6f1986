using ChannelPlatform.Hosting.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelPlatform.Hosting.Errors;

public static class ErrorRegistration
{
    /// <summary>
    /// RFC 9457 errors for every service and the gateway: one exception handler, a traceId on every problem, and a
    /// writer that answers <c>application/problem+json</c> whatever the request's <c>Accept</c> says.
    /// </summary>
    public static IServiceCollection AddPlatformErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier;
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>(); // after the default one: the fallback for any Accept
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }
}
