using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Agreements;
using Partners.Application.Agreements.CreateAgreement;
using Partners.Application.Agreements.ListAgreements;
using Partners.Application.Agreements.SignAgreement;

namespace Partners.Api.Endpoints;

internal static class AgreementEndpoints
{
    public sealed record CreateAgreementRequest(
        DateOnly? EffectiveFrom, int? TermMonths, decimal? MarginPercent, decimal? CommissionPercent, decimal? ReferralFeePercent, decimal? RevenueSharePercent,
        string? PayoutCurrency = null)
    {
        public CreateAgreementCommand ToCommand(Guid partnerId) =>
            new(partnerId, EffectiveFrom, TermMonths, MarginPercent, CommissionPercent, ReferralFeePercent, RevenueSharePercent, PayoutCurrency);
    }

    public sealed record SignRequest(string? SignedBy);

    public static void MapAgreementEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners/{id:guid}/agreements").WithTags("Agreements");

        group.MapPost("/", async (Guid id, CreateAgreementRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var agreement = await sender.Send(body.ToCommand(id), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/partners/{id}/agreements/{agreement.Id}", agreement);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CreateAgreement")
            .WithSummary("Draft an agreement. Terms by type: Reseller margin 15–30, Msp margin 20–40, Referral commission 10–15, SystemIntegrator referral fee 5–15, Technology revenue share 5–30 (400 outside). " +
                "payoutCurrency (ISO 4217, default the reporting currency) is what the partner's compensation is paid in.")
            .Produces<AgreementResponse>(StatusCodes.Status201Created)
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapGet("/", async (Guid id, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAgreementsQuery(id, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListAgreements")
            .WithSummary("The partner's agreements, paged.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{agreementId:guid}/sign", async (Guid id, Guid agreementId, SignRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new SignAgreementCommand(id, agreementId, body.SignedBy), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("SignAgreement")
            .WithSummary("Sign: the agreement becomes Active, an earlier one Superseded; the first signature activates the partner as Registered.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
