using ChannelPlatform.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ChannelPlatform.Hosting.Input;

/// <summary>
/// Before any endpoint: the path and every query parameter hold text without control characters (a NUL would reach
/// PostgreSQL), header values are printable ASCII (others cannot be forwarded or echoed), and a JSON body declares no
/// charset but UTF-8 (an unknown one made the JSON reader throw). 400 naming the parameter or header, or 415; always
/// a ProblemDetails.
/// </summary>
public sealed class RequestInputMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (InputLimits.TextViolation(request.Path.Value ?? string.Empty) is { } pathRule)
            return Invalid(context, problems, "path", pathRule);
        foreach (var (name, values) in request.Query)
        {
            if (InputLimits.TextViolation(name) is { } nameRule)
                return Invalid(context, problems, "query", nameRule);
            foreach (var value in values)
            {
                if (value is not null && InputLimits.TextViolation(value) is { } rule)
                    return Invalid(context, problems, name, rule);
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if (values.Any(v => v is not null && v.Any(c => c is < ' ' or > '~' && c != '\t')))
                return Invalid(context, problems, name.ToLowerInvariant(), "must be printable ASCII");
        }

        return UnsupportedCharset(request) is { } charset
            ? Problem(context, problems, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"JSON must be UTF-8, not '{charset}'.")
            : next(context);
    }

    private static string? UnsupportedCharset(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Value!.Contains("json", StringComparison.OrdinalIgnoreCase))
            return null;
        var charset = type.Charset.Value?.Trim('"');
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : charset[..Math.Min(charset.Length, 40)];
    }

    private static Task Invalid(HttpContext context, IProblemDetailsService problems, string field, string rule)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var detail = $"'{field}' {rule}.";
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.", Detail = detail,
            },
        }).AsTask();
    }

    private static Task Problem(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
