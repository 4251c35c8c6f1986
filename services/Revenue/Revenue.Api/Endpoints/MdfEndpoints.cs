using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Revenue.Application.Mdf;

namespace Revenue.Api.Endpoints;

/// <summary>Market development funds: yearly budgets, requests, claims.</summary>
internal static class MdfEndpoints
{
    public sealed record BudgetBody(decimal? Amount);

    public sealed record RequestBody(Guid? PartnerId, Guid? CampaignId, string? ActivityType, string? Description, decimal? RequestedAmount, string? Currency, DateOnly? PlannedOn);

    public sealed record ApproveBody(decimal? ApprovedAmount, string? Reason);

    public sealed record RejectBody(string? Reason);

    public sealed record ClaimBody(decimal? ClaimedAmount, IReadOnlyList<string>? ProofUrls, int? LeadsGenerated);

    public sealed record ReimburseBody(DateOnly? PaidOn);

    public static void MapMdfEndpoints(this IEndpointRouteBuilder app)
    {
        var budgets = app.MapGroup("/api/v1/revenue/mdf/budgets").WithTags("MDF");
        budgets.MapGet("/{partnerId:guid}", async (Guid partnerId, int? year, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetMdfBudgetQuery(partnerId, year), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetMdfBudget")
            .WithSummary("The partner's MDF budget for the year (default: this year): allocated, committed, claimed, paid, remaining, all in " +
                "its currency (the partner's payout currency). A computed allocation converts prior-year revenue at the rate of 1 January.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
        budgets.MapPut("/{partnerId:guid}", async (Guid partnerId, int? year, BudgetBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new SetMdfBudgetCommand(partnerId, year, b.Amount), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("SetMdfBudget")
            .WithSummary("Set the year's allocation explicitly (422 below what is already committed).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity);

        var requests = app.MapGroup("/api/v1/revenue/mdf/requests").WithTags("MDF");
        requests.MapPost("/", async (RequestBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var request = await sender.Send(new SubmitMdfRequestCommand(b.PartnerId, b.CampaignId, b.ActivityType, b.Description, b.RequestedAmount, b.Currency, b.PlannedOn), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/revenue/mdf/requests/{request.Id}", request);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("SubmitMdfRequest")
            .WithSummary("Submit an MDF request in any supported currency (default: the budget's); another one than the budget's is converted " +
                "at the request date's rates (422 naming currency and date when one is missing). A Partner caller's partnerId comes from its token (another one is 403). 422 if the partner is not "
                + "active, or if campaignId names a campaign the partner is not in (the same answer as an unknown campaign; membership "
                + "comes from dealreg.campaign-created).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        requests.MapGet("/", async (Guid? partnerId, string? status, Guid? campaignId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMdfRequestsQuery(partnerId, status, campaignId, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors()
            .WithName("ListMdfRequests")
            .WithSummary("MDF requests, by partner, status or campaign, paged; a Partner caller sees its own.");
        requests.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetMdfRequestQuery(id), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetMdfRequest")
            .WithSummary("One MDF request.");
        requests.MapPost("/{id:guid}/approve", async (Guid id, ApproveBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ApproveMdfRequestCommand(id, b.ApprovedAmount), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ApproveMdfRequest")
            .WithSummary("Approve up to the requested amount (in the request's currency) whose budget-currency equivalent fits the year's " +
                "remaining budget (else 422); concurrent approvals never overspend.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
        requests.MapPost("/{id:guid}/reject", async (Guid id, RejectBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new RejectMdfRequestCommand(id, b.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("RejectMdfRequest")
            .WithSummary("Reject a submitted MDF request with a reason (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        requests.MapPost("/{id:guid}/claims", async (Guid id, ClaimBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var claim = await sender.Send(new SubmitMdfClaimCommand(id, b.ClaimedAmount, b.ProofUrls, b.LeadsGenerated), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/revenue/mdf/claims/{claim.Id}", claim);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("SubmitMdfClaim")
            .WithSummary("Claim against an Approved request (409 otherwise): at most the approved amount not yet claimed, until 60 days after plannedOn (422).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        requests.MapGet("/{id:guid}/claims", async (Guid id, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRequestClaimsQuery(id, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("ListMdfRequestClaims")
            .WithSummary("The claims against one MDF request, paged.");

        var claims = app.MapGroup("/api/v1/revenue/mdf/claims").WithTags("MDF");
        claims.MapGet("/", async (Guid? partnerId, Guid? requestId, string? status, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMdfClaimsQuery(partnerId, requestId, status, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors()
            .WithName("ListMdfClaims")
            .WithSummary("MDF claims, by partner, request or status, paged; a Partner caller sees its own.");
        claims.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetMdfClaimQuery(id), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetMdfClaim")
            .WithSummary("One MDF claim.");
        claims.MapPost("/{id:guid}/approve", async (Guid id, ApproveBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ApproveMdfClaimCommand(id, b.ApprovedAmount, b.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ApproveMdfClaim")
            .WithSummary("Approve up to the claimed amount; a short pay (approvedAmount < claimedAmount) needs a reason (400).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
        claims.MapPost("/{id:guid}/reimburse", async (Guid id, ReimburseBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ReimburseMdfClaimCommand(id, b.PaidOn), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ReimburseMdfClaim")
            .WithSummary("Record the reimbursement (revenue.mdf-claim-reimbursed).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
