using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Escalations.ListEscalations;
using Partners.Application.Escalations.RaiseEscalation;
using Partners.Application.Escalations.ResolveEscalation;

namespace Partners.Api.Endpoints;

internal static class EscalationEndpoints
{
    public sealed record RaiseRequest(string? Severity, string? Subject, string? Description);

    public sealed record ResolveRequest(string? Resolution);

    public static void MapEscalationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/partners/{id:guid}/escalations", async (Guid id, RaiseRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var escalation = await sender.Send(new RaiseEscalationCommand(id, body.Severity, body.Subject, body.Description), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/escalations/{escalation.Id}", escalation);
            })
            .WithTags("Escalations")
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RaiseEscalation")
            .WithSummary("Raise an escalation; the response is due in 168/72/24/4 h for Low/Medium/High/Critical.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        var group = app.MapGroup("/api/v1/escalations").WithTags("Escalations");

        group.MapGet("/", async (string? status, bool? breached, string? severity, Guid? partnerId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEscalationsQuery(status, breached, severity, partnerId, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("ListEscalations")
            .WithSummary("List escalations; breached = not resolved by its due time.")
            .ProducesStandardErrors();

        group.MapPost("/{escalationId:guid}/resolve", async (Guid escalationId, ResolveRequest body, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new ResolveEscalationCommand(escalationId, body.Resolution), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("ResolveEscalation")
            .WithSummary("Resolve the escalation with its resolution (409 when already resolved).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
