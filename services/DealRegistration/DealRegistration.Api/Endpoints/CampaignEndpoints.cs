using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using DealRegistration.Application.Campaigns.CreateCampaign;
using DealRegistration.Application.Campaigns.GetCampaign;
using DealRegistration.Application.Campaigns.ImportLeads;
using Mediator;

namespace DealRegistration.Api.Endpoints;

internal static class CampaignEndpoints
{
    public sealed record CreateCampaignRequest(string? Name, string? Type, IReadOnlyList<Guid>? PartnerIds, DateOnly? StartsOn, DateOnly? EndsOn);

    public sealed record ImportLeadsRequest(IReadOnlyList<LeadInput>? Leads);

    public static void MapCampaignEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/campaigns").WithTags("Campaigns");

        group.MapPost("/", async (CreateCampaignRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var campaign = await sender.Send(new CreateCampaignCommand(body.Name, body.Type, body.PartnerIds, body.StartsOn, body.EndsOn), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/campaigns/{campaign.Id}", campaign);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CreateCampaign")
            .WithSummary("Create a campaign with its partners and dates.")
            .ProducesStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetCampaignQuery(id), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("GetCampaign")
            .WithSummary("The campaign with leadCount, convertedDeals (deals converted from its leads), pipeline (open deals attributed to it) and wonRevenue.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/leads", async (Guid id, ImportLeadsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ImportLeadsCommand(id, body.Leads), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ImportLeads")
            .WithSummary("Import up to 5000 leads: each row is Created, Duplicate (email already in the campaign) or Rejected with the reason.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }
}
