using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using DealRegistration.Application.Leads.AssignLead;
using DealRegistration.Application.Leads.ConvertLead;
using DealRegistration.Application.Leads.ListLeads;
using DealRegistration.Application.Leads.RespondToLead;
using Mediator;

namespace DealRegistration.Api.Endpoints;

internal static class LeadEndpoints
{
    public sealed record AssignBody(Guid? PartnerId);

    public sealed record DeclineBody(string? Reason);

    public sealed record ConvertBody(IReadOnlyList<string>? Products, decimal? EstimatedValue, string? Currency, DateOnly? ExpectedCloseDate);

    public static void MapLeadEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/leads").WithTags("Leads");

        group.MapGet("/", async (Guid? campaignId, Guid? partnerId, string? status, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListLeadsQuery(campaignId, partnerId, status, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListLeads")
            .WithSummary("Leads; a partner user sees the leads currently assigned to its partner.")
            .ProducesStandardErrors();

        group.MapPost("/{id:guid}/assign", async (Guid id, AssignBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new AssignLeadCommand(id, body.PartnerId), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("AssignLead")
            .WithSummary("Offer a pooled lead to an active campaign partner that has not declined it or let it expire (422 otherwise).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/accept", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new AcceptLeadCommand(id), ct)))
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("AcceptLead")
            .WithSummary("Accept within 72 h of assignment, or the lead returns to the pool.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/decline", async (Guid id, DeclineBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new DeclineLeadCommand(id, body.Reason), ct)))
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("DeclineLead")
            .WithSummary("Decline an assigned lead with a reason: it returns to the pool (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:guid}/convert", async (Guid id, ConvertBody body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var deal = await sender.Send(new ConvertLeadCommand(id, body.Products, body.EstimatedValue, body.Currency, body.ExpectedCloseDate), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/deals/{deal.Id}", deal);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("ConvertLead")
            .WithSummary("Turn an accepted lead into a deal registration attributed to the lead's campaign.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
    }
}
