using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using DealRegistration.Application.Deals;
using DealRegistration.Application.Deals.CloseDeal;
using DealRegistration.Application.Deals.DecideDeal;
using DealRegistration.Application.Deals.ExtendDeal;
using DealRegistration.Application.Deals.GetDeal;
using DealRegistration.Application.Deals.GetDealKpis;
using DealRegistration.Application.Deals.ListDeals;
using DealRegistration.Application.Deals.RegisterDeal;
using Mediator;

namespace DealRegistration.Api.Endpoints;

internal static class DealEndpoints
{
    public sealed record RegisterRequest(Guid? PartnerId, Guid? SubmittedByContactId, CustomerInput? Customer, IReadOnlyList<string>? Products, decimal? EstimatedValue, string? Currency, DateOnly? ExpectedCloseDate, Guid? CampaignId, Guid? LeadId, string? Description)
    {
        public RegisterDealCommand ToCommand() => new(PartnerId, SubmittedByContactId, Customer, Products, EstimatedValue, Currency, ExpectedCloseDate, CampaignId, LeadId, Description);
    }

    public sealed record ApproveRequest(string? Notes, bool? OverrideConflicts, string? OverrideReason);

    public sealed record ReasonRequest(string? Reason);

    public sealed record WinRequest(decimal? ActualValue, DateOnly? ClosedOn);

    public sealed record ExtendRequest(int? Days, string? Reason);

    private const string ConflictDocs =
        "customer.contactEmail (optional): the customer contact's e-mail; its domain is a conflict signal like customer.domain " +
        "(free-mail domains never count). Each conflict has reason (SameDomain | SimilarName), conflictingStatus and matchedOn: the " +
        "signals that fired, from customerDomain, contactEmailDomain, name, sameName, wordOrder, acronym, abbreviation, spelling, " +
        "joinedWords, country. A Partner caller gets reason, conflictingStatus and matchedOn only; similarity, conflictingDealId " +
        "and conflictingPartnerId are for channel managers.";

    public static void MapDealEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/deals").WithTags("Deals");

        group.MapPost("/", async (RegisterRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var deal = await sender.Send(body.ToCommand(), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/deals/{deal.Id}", deal);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RegisterDeal")
            .WithSummary("Register a deal; conflicts with open registrations of other partners are listed. Partner unknown or not Active → 422; a partner user registers for its own partner (another partnerId → 403).")
            .WithDescription(ConflictDocs)
            .Produces<DealResponse>(StatusCodes.Status201Created)
            .ProducesStandardErrors(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", async (Guid? partnerId, string? status, bool? overdue, string? customer, Guid? campaignId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDealsQuery(partnerId, status, overdue, customer, campaignId, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListDeals")
            .WithSummary("List deals; ?customer= finds deals whose customer the conflict matcher reads as the one given (a name, a domain or an e-mail address).")
            .ProducesStandardErrors();

        group.MapGet("/kpis", async (DateOnly? from, DateOnly? to, Guid? partnerId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDealKpisQuery(from, to, partnerId), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("GetDealKpis")
            .WithSummary("Decision times (median, p90), share decided within 48 h (overdue pending deals count as misses), approval and win rates, for deals submitted in [from, to).")
            .ProducesStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetDealQuery(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetDeal")
            .WithSummary("One deal registration with its conflicts.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/approve", async (Guid id, ApproveRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ApproveDealCommand(id, body.Notes, body.OverrideConflicts, body.OverrideReason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ApproveDeal")
            .WithSummary("Approve; over an earlier open conflicting registration only with overrideConflicts and an overrideReason (else 409).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/reject", async (Guid id, ReasonRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new RejectDealCommand(id, body.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("RejectDeal")
            .WithSummary("Reject a submitted registration with a reason (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/win", async (Guid id, WinRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new WinDealCommand(id, body.ActualValue, body.ClosedOn), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("WinDeal")
            .WithSummary("Close the deal as won with its actual value and close date (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/lose", async (Guid id, ReasonRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new LoseDealCommand(id, body.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("LoseDeal")
            .WithSummary("Close the deal as lost with a reason (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/extend", async (Guid id, ExtendRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ExtendDealCommand(id, body.Days, body.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ExtendDeal")
            .WithSummary("Extend the protection once, by 1–90 days.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
