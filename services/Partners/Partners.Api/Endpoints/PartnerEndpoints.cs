using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Kpis.GetPartnerKpis;
using Partners.Application.Partners;
using Partners.Application.Partners.ChangePartnerStatus;
using Partners.Application.Partners.CreatePartner;
using Partners.Application.Partners.EvaluatePartner;
using Partners.Application.Partners.GetPartner;
using Partners.Application.Partners.ListPartners;

namespace Partners.Api.Endpoints;

internal static class PartnerEndpoints
{
    public sealed record CreatePartnerRequest(string? Name, string? Type, string? Website, string? Region, string? Country, int? SalesTeamSize, IReadOnlyList<string>? Specializations)
    {
        public CreatePartnerCommand ToCommand() => new(Name, Type, Website, Region, Country, SalesTeamSize, Specializations);
    }

    public sealed record EvaluationRequest(int? MarketReach, int? TechnicalCapability, int? SalesCapacity, int? StrategicAlignment, int? CustomerBase, string? Notes)
    {
        public EvaluatePartnerCommand ToCommand(Guid id) => new(id, MarketReach, TechnicalCapability, SalesCapacity, StrategicAlignment, CustomerBase, Notes);
    }

    public sealed record ReasonRequest(string? Reason);

    public static void MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners").WithTags("Partners");

        group.MapPost("/", async (CreatePartnerRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var partner = await sender.Send(body.ToCommand(), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/partners/{partner.Id}", partner);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CreatePartner")
            .WithSummary("Register a prospect; the website normalises to a domain that must be unique (409).")
            .Produces<PartnerResponse>(StatusCodes.Status201Created)
            .ProducesStandardErrors(StatusCodes.Status409Conflict);

        group.MapGet("/", async (string? status, string? type, string? tier, string? region, string? q, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPartnersQuery(status, type, tier, region, q, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListPartners")
            .WithSummary("List partners; a Partner caller sees only its own, without the internal evaluation and status notes "
                + "(fitScore, evaluation and statusReason are null for it).")
            .ProducesStandardErrors();

        group.MapGet("/kpis", async (int? year, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPartnerKpisQuery(year), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("GetPartnerKpis")
            .WithSummary("Program KPIs: active and new partners, by tier and type, satisfaction, escalations.")
            .ProducesStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var partner = await sender.Send(new GetPartnerQuery(id), ct);
                return ApiResults.OkVersioned(http, partner);
            })
            .RequireAuthorization(Policies.Read)
            .WithName("GetPartner")
            .WithSummary("One partner. A Partner caller reads its own only (another id is 404), without the internal evaluation "
                + "(fitScore and evaluation: dimension scores and notes) and internal status notes (statusReason): null for it.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/evaluation", async (Guid id, EvaluationRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(body.ToCommand(id), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("EvaluatePartner")
            .WithSummary("Score the fit (each 1–5); 60 or more → Qualified, else Declined. From Prospect or Declined.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        MapStatusChange(group, "suspend", StatusChange.Suspend);
        MapStatusChange(group, "reactivate", StatusChange.Reactivate);
        MapStatusChange(group, "terminate", StatusChange.Terminate);
    }

    private static void MapStatusChange(RouteGroupBuilder group, string verb, StatusChange change) =>
        group.MapPost($"/{{id:guid}}/{verb}", async (Guid id, ReasonRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ChangePartnerStatusCommand(id, change, body.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName($"{change}Partner")
            .WithSummary($"{change} the partner (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
}
