using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using ChannelPlatform.Infrastructure.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChannelPlatform.Hosting.Messaging;

/// <summary>
/// Operations on the service's own messaging, for channel managers only: move <c>_error</c> messages back once the
/// cause is fixed, and see and re-arm the outbox's dead rows.
/// </summary>
public static class MessagingAdminEndpoints
{
    public sealed record RedriveResponse(string Queue, int Moved);

    public static IEndpointRouteBuilder MapMessagingAdmin(this IEndpointRouteBuilder app, string service)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admin = app.MapGroup("/admin/messaging").RequireAuthorization(Policies.ChannelManager).WithTags("Operations");
        admin.MapPost("/queues/{queue}/redrive", async (string queue, int? max, ErrorQueueRedriver redriver, CancellationToken ct) =>
            {
                if (!queue.StartsWith(service + ".", StringComparison.Ordinal))
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"'{queue}' is not a queue of {service}.");
                var moved = await redriver.RedriveAsync(queue, Math.Clamp(max ?? 1000, 1, 10_000), ct);
                return Results.Ok(new RedriveResponse(queue, moved));
            })
            .WithName("RedriveErrorQueue")
            .WithSummary("Move messages from <queue>_error back to <queue> (the inbox skips any already applied).")
            .Produces<RedriveResponse>()
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
        admin.MapOutboxAdmin();
        return app;
    }
}
