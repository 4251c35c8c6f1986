using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Qbrs.CompleteQbr;
using Partners.Application.Qbrs.ListQbrs;
using Partners.Application.Qbrs.ScheduleQbr;

namespace Partners.Api.Endpoints;

internal static class QbrEndpoints
{
    public sealed record ScheduleRequest(string? Quarter, DateTimeOffset? ScheduledAt);

    public sealed record CompleteRequest(string? Summary, IReadOnlyList<ActionItemInput>? ActionItems);

    public static void MapQbrEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners/{id:guid}/qbrs").WithTags("QBRs");

        group.MapPost("/", async (Guid id, ScheduleRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var qbr = await sender.Send(new ScheduleQbrCommand(id, body.Quarter, body.ScheduledAt), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/partners/{id}/qbrs/{qbr.Id}", qbr);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ScheduleQbr")
            .WithSummary("Schedule the QBR of a quarter (one per partner and quarter: 409).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPost("/{qbrId:guid}/complete", async (Guid id, Guid qbrId, CompleteRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new CompleteQbrCommand(id, qbrId, body.Summary, body.ActionItems), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CompleteQbr")
            .WithSummary("Complete a scheduled QBR with its summary and action items (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapGet("/", async (Guid id, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListQbrsQuery(id, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("ListQbrs")
            .WithSummary("The partner's QBRs, paged.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }
}
