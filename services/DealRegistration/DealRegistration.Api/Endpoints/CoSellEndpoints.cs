using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using DealRegistration.Application.Deals.CoSell;
using Mediator;

namespace DealRegistration.Api.Endpoints;

internal static class CoSellEndpoints
{
    public sealed record CoSellRequestBody(string? Type, string? Notes);

    public sealed record AssignBody(string? SalesEngineer);

    public sealed record CompleteBody(string? Outcome);

    public static void MapCoSellEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/deals/{id:guid}/cosell-requests").WithTags("Co-sell");

        group.MapPost("/", async (Guid id, CoSellRequestBody body, ISender sender, CancellationToken ct) =>
            {
                var request = await sender.Send(new RequestCoSellCommand(id, body.Type, body.Notes), ct);
                return TypedResults.Created($"/api/v1/deals/{id}/cosell-requests/{request.Id}", request);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RequestCoSell")
            .WithSummary("Ask for vendor help on an open deal: Demo, Poc, TechnicalValidation, ExecutiveSponsor or PricingSupport.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPost("/{requestId:guid}/assign", async (Guid id, Guid requestId, AssignBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AssignCoSellCommand(id, requestId, body.SalesEngineer), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("AssignCoSell")
            .WithSummary("Assign a sales engineer to the co-sell request (409 when its status does not allow it); "
                + "If-Match is the deal's ETag.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{requestId:guid}/complete", async (Guid id, Guid requestId, CompleteBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CompleteCoSellCommand(id, requestId, body.Outcome), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("CompleteCoSell")
            .WithSummary("Complete the co-sell request with its outcome (409 when its status does not allow it); "
                + "If-Match is the deal's ETag.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
