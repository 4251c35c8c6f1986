using System.Text.Json;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Hosting.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 ProblemDetails: validation 400, not found 404,
/// broken rules 422 or 409, concurrency 409, If-Match 412. A 5xx says nothing about internals.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else
            logger.LogInformation("{Method} {Path} → {Status}: {Detail}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, problem.Detail);

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>A database restart or failover takes a few seconds.</summary>
    private const string RetryAfterSeconds = "2";

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException v => Validation(v.Errors.GroupBy(e => ToCamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        InvalidValueException iv => Validation(new Dictionary<string, string[]> { [ToCamelCase(iv.Field)] = [iv.Message] }),
        BadHttpRequestException bad => BadRequest(bad),
        JsonException json => Validation(new Dictionary<string, string[]> { [FieldOf(json)] = [JsonMessage(json)] }),
        NotFoundException nf => Problem(StatusCodes.Status404NotFound, "Not found", nf.Message),
        ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Forbidden", f.Message),
        ConflictException c => Problem(StatusCodes.Status409Conflict, "Conflict", c.Message),
        InvalidTransitionException t => Problem(StatusCodes.Status409Conflict, "Invalid transition", t.Message),
        BusinessRuleViolationException { Kind: RuleKind.Conflict } r => Problem(StatusCodes.Status409Conflict, "Conflict", r.Message),
        BusinessRuleViolationException r => Problem(StatusCodes.Status422UnprocessableEntity, "Business rule violated", r.Message),
        CurrencyMismatchException m => Problem(StatusCodes.Status422UnprocessableEntity, "Currency mismatch", m.Message),
        PreconditionFailedException p => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", p.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Concurrency conflict", "The resource was changed by another request; read it again and retry."),
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" } } => Problem(StatusCodes.Status409Conflict, "Conflict", "The resource already exists."),
        _ when DataError(exception) => Validation(new Dictionary<string, string[]> { ["body"] = ["A value is too long, out of range or not valid text for this field."] }),
        CommitOutcomeUnknownException => Unavailable("The database connection failed while committing; retry with the same Idempotency-Key."),
        _ when TransientFaults.IsTransient(exception) => Unavailable("The database is unavailable for a moment; retry shortly."),
        OperationCanceledException => Problem(499, "Client closed request", "The request was cancelled."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Internal server error", "An unexpected error occurred. Quote the traceId when reporting it."),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
            return Validation(new Dictionary<string, string[]> { [FieldOf(json)] = [JsonMessage(json)] });
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", "The request body is larger than allowed.");
        // 'Failed to bind parameter "Nullable<int> limit" from "abc".' → errors.limit
        var parameter = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"(?:[^\"]* )?(?<name>[A-Za-z0-9_]+)\"");
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            return Validation(new Dictionary<string, string[]> { [name] = [$"'{name}' has a value of the wrong type or format."] });
        }

        return Validation(new Dictionary<string, string[]> { ["request"] = ["The request is malformed."] });
    }

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) =>
        new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        };

    private static ProblemDetails Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail);

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary>"$.customer.country" → "customer.country"; "$" (malformed JSON) → "body".</summary>
    private static string FieldOf(JsonException json)
    {
        var path = json.Path?.TrimStart('$').TrimStart('.');
        return string.IsNullOrEmpty(path) ? "body" : path;
    }

    /// <summary>Names the field and the rule without echoing .NET type names (the serializer's own messages carry them).</summary>
    private static string JsonMessage(JsonException json)
    {
        var field = FieldOf(json);
        if (RuleOf(json) is { } rule)
            return $"'{field}' {rule}.";
        return field == "body"
            ? "The request body is not valid JSON."
            : $"'{field}' has a value of the wrong JSON type (for example text where a number is expected), or the JSON is malformed there.";
    }

    private static string? RuleOf(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Input.InputRuleException rule)
                return rule.Message;
        }

        return null;
    }

    /// <summary>PostgreSQL's data exceptions (class 22: too long, out of range, bad encoding): input the validators let through.</summary>
    private static bool DataError(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException pg)
                return pg.SqlState.StartsWith("22", StringComparison.Ordinal);
        }

        return false;
    }

    private static string ToCamelCase(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
