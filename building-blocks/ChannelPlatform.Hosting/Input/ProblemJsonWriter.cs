using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Hosting.Input;

/// <summary>
/// The last <see cref="IProblemDetailsWriter"/>: when the default one declines (the request's <c>Accept</c> names no
/// JSON — <c>application/xml</c>, <c>text/html</c>, <c>text/plain</c>), the error is still written, as
/// <c>application/problem+json</c>: an error always has a body, and never falls through to a developer page.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        context.HttpContext.Response.ContentType = "application/problem+json";
        return new ValueTask(JsonSerializer.SerializeAsync(
            context.HttpContext.Response.Body, problem, problem.GetType(), jsonOptions.Value.SerializerOptions, context.HttpContext.RequestAborted));
    }
}
