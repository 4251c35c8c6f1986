using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Tiers.GetTierEvaluation;
using Partners.Application.Tiers.ListTiers;
using Partners.Application.Tiers.OverrideTier;
using Partners.Application.Tiers.ReviewTiers;
using Partners.Application.Tiers.UpdateTier;

namespace Partners.Api.Endpoints;

internal static class TierEndpoints
{
    public sealed record TierRequest(decimal? MinTrailingRevenue, int? MinCertifiedReps, decimal? MarginBonusPercent, decimal? MdfPercent, int? ProtectionDays);

    public sealed record OverrideRequest(string? Tier, string? Reason);

    public static void MapTierEndpoints(this IEndpointRouteBuilder app)
    {
        var tiers = app.MapGroup("/api/v1/tiers").WithTags("Tier program");

        tiers.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListTiersQuery(), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListTiers")
            .WithSummary("The tier program: each tier's thresholds and benefits.")
            .ProducesStandardErrors();

        tiers.MapPut("/{tier}", async (string tier, TierRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new UpdateTierCommand(tier, body.MinTrailingRevenue, body.MinCertifiedReps, body.MarginBonusPercent, body.MdfPercent, body.ProtectionDays), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("UpdateTier")
            .WithSummary("Set a tier's thresholds and benefits; thresholds must not fall from Registered to Platinum (422). Publishes "
                + "partner.tier-program-updated, so deal protection days, margin bonus and MDF percent follow at once for every "
                + "partner on the tier.")
            .ProducesStandardErrors(StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);

        tiers.MapPost("/review", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ReviewTiersCommand(), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ReviewTiers")
            .WithSummary("The quarterly review: every active partner takes the tier its numbers qualify for. The only place partners are demoted; overrides end here.")
            .ProducesStandardErrors();

        var partner = app.MapGroup("/api/v1/partners/{id:guid}").WithTags("Tier program");

        partner.MapGet("/tier-evaluation", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetTierEvaluationQuery(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetTierEvaluation")
            .WithSummary("Current and qualified tier, trailing twelve-month revenue, certified reps and the gap to the next tier.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        partner.MapPost("/tier", async (Guid id, OverrideRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new OverrideTierCommand(id, body.Tier, body.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("OverrideTier")
            .WithSummary("Override the tier by hand; it holds until the next quarterly review.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
