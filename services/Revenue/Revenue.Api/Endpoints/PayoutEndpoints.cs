using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Revenue.Application.Payouts;

namespace Revenue.Api.Endpoints;

/// <summary>Quarterly payout statements: build, approve, mark paid (revenue.payout-paid).</summary>
internal static class PayoutEndpoints
{
    public sealed record PayoutBody(Guid? PartnerId, string? Quarter, string? Currency = null);

    public sealed record PaidBody(DateOnly? PaidOn, string? Reference);

    public static void MapPayoutEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/revenue/payouts").WithTags("Payouts");
        group.MapPost("/", async (PayoutBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var payout = await sender.Send(new CreatePayoutCommand(b.PartnerId, b.Quarter, b.Currency), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/revenue/payouts/{payout.Id}", payout);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CreatePayout")
            .WithSummary("The statement of a partner's compensation lines earned up to the quarter's end and in no payout yet (clawbacks netted), " +
                "in the partner's payout currency (a partner owed in two currencies names one in 'currency', else 422). " +
                "409 if the partner already has a payout for the quarter in that currency; 422 for a quarter not started, if there is nothing to pay or clawbacks exceed it.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", async (Guid? partnerId, string? quarter, string? status, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPayoutsQuery(partnerId, quarter, status, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors()
            .WithName("ListPayouts")
            .WithSummary("Payout statements, by partner, quarter or status, paged; a Partner caller sees its own.");
        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetPayoutQuery(id), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetPayout")
            .WithSummary("One payout statement with its lines.");
        group.MapPost("/{id:guid}/approve", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ApprovePayoutCommand(id), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ApprovePayout")
            .WithSummary("Approve a Draft statement (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/cancel", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new CancelPayoutCommand(id), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CancelPayout")
            .WithSummary("Withdraw a Draft statement: its lines are free for a rebuilt one (409 once approved).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/mark-paid", async (Guid id, PaidBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new MarkPayoutPaidCommand(id, b.PaidOn, b.Reference), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("MarkPayoutPaid")
            .WithSummary("Record that an approved statement was paid, with the date and the payment reference (409 otherwise).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
