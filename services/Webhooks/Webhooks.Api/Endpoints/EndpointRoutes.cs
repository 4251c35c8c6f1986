using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Webhooks.Application.Endpoints.DeleteEndpoint;
using Webhooks.Application.Endpoints.GetEndpoint;
using Webhooks.Application.Endpoints.ListEndpoints;
using Webhooks.Application.Endpoints.RegisterEndpoint;
using Webhooks.Application.Endpoints.RotateSecret;
using Webhooks.Application.Endpoints.UpdateEndpoint;

namespace Webhooks.Api.Endpoints;

/// <summary>Webhook endpoints: register (secret shown once), list, get, update/disable, delete, rotate the secret.</summary>
internal static class EndpointRoutes
{
    public const string Base = "/api/v1/webhooks/endpoints";

    public sealed record RegisterBody(Guid? PartnerId, string? Url, IReadOnlyList<string>? Events, string? Description);

    public sealed record UpdateBody(string? Url, IReadOnlyList<string>? Events, string? Description, bool? Enabled);

    public static void MapEndpointRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Base).WithTags("Webhook endpoints");
        group.MapPost("/", async (RegisterBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var endpoint = await sender.Send(new RegisterEndpointCommand(b.PartnerId, b.Url, b.Events, b.Description), ct);
                return ApiResults.CreatedVersioned(http, $"{Base}/{endpoint.Id}", endpoint);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RegisterWebhookEndpoint")
            .WithSummary("Register an endpoint for event types. The answer carries the signing secret, shown this once. A Partner token " +
                "registers for its own partner (another partnerId is 403); only https to public addresses (400 naming url otherwise).")
            .ProducesStandardErrors(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", async (Guid? partnerId, bool? enabled, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEndpointsQuery(partnerId, enabled, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListWebhookEndpoints")
            .WithSummary("The endpoints, oldest first; a Partner token sees its own partner's only.")
            .ProducesStandardErrors();
        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetEndpointQuery(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetWebhookEndpoint")
            .WithSummary("One endpoint, with its failure record (failingSince, lastError) and why it is disabled, if it is.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", async (Guid id, UpdateBody b, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new UpdateEndpointCommand(id, b.Url, b.Events, b.Description, b.Enabled), ct)))
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("UpdateWebhookEndpoint")
            .WithSummary("Change url, events or description, or disable (enabled: false) / re-enable (enabled: true) it; absent fields stay.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteEndpointCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("DeleteWebhookEndpoint")
            .WithSummary("Delete the endpoint, its pending deliveries and its delivery log.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/rotate-secret", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new RotateSecretCommand(id), ct)))
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RotateWebhookSecret")
            .WithSummary("A new signing secret, shown this once. For 24 h deliveries carry a signature by each secret, old and new.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
    }
}
