using System.Security.Cryptography;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Infrastructure.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChannelPlatform.Hosting.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on a POST: the same key and body within 24 h replays the first status and
/// body without doing the work again; the same key with another body is 422. Keys are per caller.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store, IProblemDetailsService problems)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > 200)
        {
            await WriteProblem(context, problems, StatusCodes.Status400BadRequest, "Idempotency-Key must be 1–200 characters.");
            return;
        }

        var caller = context.User.FindFirst(PlatformClaims.Subject)?.Value ?? "anonymous";
        var hash = await HashAsync(context.Request);
        var ct = context.RequestAborted;
        var (outcome, record) = await store.BeginAsync(caller, key, hash, ct);
        switch (outcome)
        {
            case IdempotencyOutcome.BodyMismatch:
                await WriteProblem(context, problems, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was already used with a different request body.");
                return;
            case IdempotencyOutcome.InProgress:
                await WriteProblem(context, problems, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed.");
                return;
            case IdempotencyOutcome.Replay:
                await Replay(context, record!);
                return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await store.AbandonAsync(caller, key, CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (context.Response.StatusCode >= 500)
            await store.AbandonAsync(caller, key, CancellationToken.None);
        else
            await store.CompleteAsync(caller, key, context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString(), body, CancellationToken.None);
        await original.WriteAsync(body, ct);
    }

    private static async Task Replay(HttpContext context, IdempotencyRecord record)
    {
        context.Response.StatusCode = record.StatusCode!.Value;
        if (record.ContentType is not null)
            context.Response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location))
            context.Response.Headers.Location = record.Location;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 } body)
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(SHA256.HashData([.. hash, .. System.Text.Encoding.UTF8.GetBytes(request.Path.Value ?? string.Empty)]));
    }

    private static async Task WriteProblem(HttpContext context, IProblemDetailsService problems, int status, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = "Idempotency-Key", Detail = detail },
        });
    }
}
