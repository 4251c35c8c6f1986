using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ChannelPlatform.Gateway;

/// <summary>The gateway's own errors as ProblemDetails (proxied responses pass through untouched).</summary>
internal sealed class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationException v => new ValidationProblemDetails(v.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            },
            BadHttpRequestException bad => new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [bad.InnerException?.Message ?? bad.Message] })
            {
                Status = bad.StatusCode,
                Title = "The request is malformed.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Internal server error", Detail = "An unexpected error occurred. Quote the traceId when reporting it." },
        };
        if (problem.Status >= 500)
            logger.LogError(exception, "Gateway error on {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
