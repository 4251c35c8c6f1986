using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Lookups;

namespace Partners.Api.Endpoints;

/// <summary>Read-back of every resource a create endpoint names in its Location header.</summary>
internal static class LookupEndpoints
{
    public static void MapLookupEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/partners/{id:guid}/contacts/{contactId:guid}", async (Guid id, Guid contactId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetContactQuery(id, contactId), ct)))
            .WithTags("Contacts").RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetContact")
            .WithSummary("One contact of the partner.");
        app.MapGet("/api/v1/partners/{id:guid}/agreements/{agreementId:guid}", async (Guid id, Guid agreementId, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetAgreementQuery(id, agreementId), ct)))
            .WithTags("Agreements").RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetAgreement")
            .WithSummary("One agreement of the partner.");
        app.MapGet("/api/v1/partners/{id:guid}/qbrs/{qbrId:guid}", async (Guid id, Guid qbrId, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetQbrQuery(id, qbrId), ct)))
            .WithTags("QBRs").RequireAuthorization(Policies.Internal).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetQbr")
            .WithSummary("One QBR of the partner.");
        app.MapGet("/api/v1/partners/{id:guid}/satisfaction-responses/{responseId:guid}", async (Guid id, Guid responseId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSatisfactionResponseQuery(id, responseId), ct)))
            .WithTags("Satisfaction").RequireAuthorization(Policies.Internal).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetSatisfactionResponse")
            .WithSummary("One satisfaction survey answer of the partner.");
        app.MapGet("/api/v1/escalations/{escalationId:guid}", async (Guid escalationId, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetEscalationQuery(escalationId), ct)))
            .WithTags("Escalations").RequireAuthorization(Policies.Internal).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetEscalation")
            .WithSummary("One escalation.");
    }
}
