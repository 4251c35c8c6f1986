using ChannelPlatform.Infrastructure.Idempotency;
using ChannelPlatform.Infrastructure.Outbox;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChannelPlatform.Hosting.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on a POST: the same key and body within 24 h replays the first status, body, <c>Location</c>
/// and <c>ETag</c> without doing the work again; the same key with another body is 422. The request runs in one
/// transaction with its key: the command's effects, its outbox rows and the stored response commit together, so a
/// crash can never leave the work done and the key unanswered (or the other way round). A 4xx answer is kept too
/// (after its rollback); a 5xx is not, so the client may retry.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IdempotencyStore store, ServiceDbContext db, OutboxSignal signal, IEnumerable<IExceptionHandler> errors)
    {
        if (!IdempotentRequest.Applies(context))
        {
            await next(context);
            return;
        }

        var request = await IdempotentRequest.ReadAsync(context);
        if (!request.KeyIsValid)
            throw new BadHttpRequestException($"{IdempotentRequest.Header} must be 1–{IdempotentRequest.MaxKeyLength} characters without control characters.");

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        StoredResponse? answer;
        try
        {
            answer = await SingleAttempt.RunAsync(db, ct => RunAsync(context, request, store, db, errors, ct), context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (answer is { StatusCode: >= 400 and < 500 })
            await store.RecordAsync(request.Caller, request.Key, request.Hash, answer, CancellationToken.None);
        signal.Notify();
        await original.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    /// <returns>An error answer to keep once the transaction is gone, or null.</returns>
    private async Task<StoredResponse?> RunAsync(
        HttpContext context, IdempotentRequest request, IdempotencyStore store, ServiceDbContext db, IEnumerable<IExceptionHandler> errors, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (outcome, record) = await store.ClaimAsync(request.Caller, request.Key, request.Hash, ct);
        if (outcome != IdempotencyOutcome.Started)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await Answer(context, outcome, record);
            return null;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await RenderAsync(context, ex, errors);
            return context.Response.StatusCode < 500 ? Captured(context) : null;
        }

        if (context.Response.StatusCode >= 500)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return null;
        }

        await store.CompleteAsync(request.Caller, request.Key, Captured(context), ct);
        await Transactions.CommitAsync(transaction, ct);
        return null;
    }

    private static StoredResponse Captured(HttpContext context)
    {
        var response = context.Response;
        var etag = response.Headers.ETag.ToString();
        var location = response.Headers.Location.ToString();
        return new StoredResponse(
            response.StatusCode, response.ContentType, location.Length == 0 ? null : location, etag.Length == 0 ? null : etag,
            ((MemoryStream)response.Body).ToArray());
    }

    /// <summary>The shared exception handler writes the ProblemDetails, as it would have outside this middleware.</summary>
    private static async Task RenderAsync(HttpContext context, Exception exception, IEnumerable<IExceptionHandler> errors)
    {
        context.Response.Headers.Clear();
        ((MemoryStream)context.Response.Body).SetLength(0);
        foreach (var handler in errors)
        {
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted))
                return;
        }

        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
    }

    private static Task Answer(HttpContext context, IdempotencyOutcome outcome, IdempotencyRecord? record) => outcome switch
    {
        IdempotencyOutcome.Replay => Replay(context, record!),
        IdempotencyOutcome.BodyMismatch => Problem(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was already used with a different request."),
        _ => Problem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed; retry shortly."),
    };

    private static async Task Replay(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.StatusCode!.Value;
        if (record.ContentType is not null)
            response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location))
            response.Headers.Location = record.Location;
        if (!string.IsNullOrEmpty(record.ETag))
            response.Headers.ETag = record.ETag;
        response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 } body)
            await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        return problems!.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = "Idempotency-Key", Detail = detail },
        }).AsTask();
    }
}
