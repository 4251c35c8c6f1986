using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Webhooks.Application.Deliveries.GetDelivery;
using Webhooks.Application.Deliveries.ListDeliveries;
using Webhooks.Application.Deliveries.Redeliver;

namespace Webhooks.Api.Endpoints;

/// <summary>An endpoint's delivery log and manual redelivery.</summary>
internal static class DeliveryRoutes
{
    public static void MapDeliveryRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup($"{EndpointRoutes.Base}/{{id:guid}}/deliveries").WithTags("Webhook deliveries");
        group.MapGet("/", async (Guid id, string? status, string? eventType, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDeliveriesQuery(id, status, eventType, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log, oldest first: status (Pending, Succeeded, Failed), attempts with status code, latency and a " +
                "response snippet (at most 1 KB). Filters: status, eventType.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
        group.MapGet("/{deliveryId:guid}", async (Guid id, Guid deliveryId, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetDeliveryQuery(id, deliveryId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetWebhookDelivery")
            .WithSummary("One delivery with its attempts and the exact body that was signed and sent.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
        group.MapPost("/{deliveryId:guid}/redeliver", async (Guid id, Guid deliveryId, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new RedeliverCommand(id, deliveryId), ct)))
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RedeliverWebhook")
            .WithSummary("One more attempt now, with the same webhook-id (sent once the endpoint is enabled), whatever the delivery's status.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
    }
}
