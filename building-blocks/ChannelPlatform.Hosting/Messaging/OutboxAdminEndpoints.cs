using ChannelPlatform.Hosting.Http;
using ChannelPlatform.Infrastructure.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChannelPlatform.Hosting.Messaging;

/// <summary>The outbox as an operator sees it: figures, dead rows (which hold their aggregate's later events back), re-arming.</summary>
internal static class OutboxAdminEndpoints
{
    public sealed record RearmRequest(IReadOnlyList<Guid>? MessageIds);

    public sealed record RearmResponse(int Rearmed);

    /// <summary>A page of dead rows; pass <c>nextAfterSequence</c> as <c>?afterSequence=</c> for the next one.</summary>
    public sealed record DeadRows(IReadOnlyList<DeadRow> Items, long? NextAfterSequence);

    public static void MapOutboxAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/outbox", (OutboxAdmin outbox, CancellationToken ct) => outbox.StatsAsync(ct))
            .WithName("GetOutboxStats")
            .WithSummary("Rows waiting to be published, dead rows, and the age in seconds of the oldest waiting row.")
            .ProducesStandardErrors();
        admin.MapGet("/outbox/dead", async (int? limit, long? afterSequence, OutboxAdmin outbox, CancellationToken ct) =>
            {
                var page = PagingQuery.ToPageRequest(limit, null);
                var rows = await outbox.DeadAsync(Math.Max(0, afterSequence ?? 0), page.Limit, ct);
                return new DeadRows(rows, rows.Count == page.Limit ? rows[^1].Sequence : null);
            })
            .WithName("ListDeadOutboxRows")
            .WithSummary("Dead outbox rows, oldest first: each holds back the later events of its aggregate until re-armed.")
            .ProducesStandardErrors();
        admin.MapPost("/outbox/dead/rearm", async (RearmRequest? request, OutboxAdmin outbox, CancellationToken ct) =>
                new RearmResponse(await outbox.RearmAsync(request?.MessageIds, ct)))
            .WithName("RearmDeadOutboxRows")
            .WithSummary("Re-arm dead rows: all of them, or those whose message ids are given (after the cause is fixed).")
            .ProducesStandardErrors();
        admin.MapPost("/outbox/dead/{messageId:guid}/rearm", async (Guid messageId, OutboxAdmin outbox, CancellationToken ct) =>
                await outbox.RearmAsync([messageId], ct) == 0
                    ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No dead outbox row has message id {messageId}.")
                    : Results.Ok(new RearmResponse(1)))
            .WithName("RearmDeadOutboxRow")
            .WithSummary("Re-arm one dead row by its message id.")
            .Produces<RearmResponse>()
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }
}
