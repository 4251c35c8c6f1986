using System.Globalization;
using System.Text.Json.Nodes;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// RFC 9457 examples in the shape <c>ProblemDetailsExceptionHandler</c> and the problem-details service
/// write: type, title, status, detail, traceId, and for a 400 the <c>errors</c> per field.
/// </summary>
internal static class ProblemExamples
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    /// <param name="field">The field a typical 400 of the operation names.</param>
    /// <param name="resource">What a 404 of the operation did not find ("Partner").</param>
    public static JsonObject For(int status, string field, string resource)
    {
        var (title, detail) = status switch
        {
            400 => ("One or more validation errors occurred.", $"'{field}' must not be empty."),
            401 => ("Unauthorized", "A valid bearer token is required."),
            403 => ("Forbidden", "The caller's role may not use this endpoint."),
            404 => ("Not found", $"{resource} '{SchemaExamples.Id}' was not found."),
            409 => ("Conflict", "The request conflicts with the current state of the resource."),
            412 => ("Precondition failed", "If-Match 'v1' does not match the current version 'v2'."),
            413 => ("Payload too large", "The request body is larger than allowed."),
            422 => ("Business rule violated", "The request breaks a business rule of the resource."),
            _ when status >= 500 => ("Internal server error", "An unexpected error occurred. Quote the traceId when reporting it."),
            _ => ("Error", "The request could not be completed."),
        };
        var problem = new JsonObject
        {
            ["type"] = TypeOf(status),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["traceId"] = TraceId,
        };
        if (status == 400)
            problem["errors"] = new JsonObject { [field] = new JsonArray(detail) };
        return problem;
    }

    /// <summary>The RFC 9110 section ASP.NET Core links for the status (its ProblemDetails defaults).</summary>
    private static string TypeOf(int status)
    {
        var section = status switch
        {
            >= 400 and <= 417 => $"15.5.{status - 399}",
            422 => "15.5.21",
            426 => "15.5.22",
            500 => "15.6.1",
            >= 502 and <= 505 => $"15.6.{status - 499}",
            _ => null,
        };
        return section is null
            ? "about:blank"
            : string.Create(CultureInfo.InvariantCulture, $"https://tools.ietf.org/html/rfc9110#section-{section}");
    }
}
