using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Satisfaction.ListSatisfaction;
using Partners.Application.Satisfaction.RecordSatisfaction;

namespace Partners.Api.Endpoints;

internal static class SatisfactionEndpoints
{
    public sealed record SatisfactionRequest(int? Score, string? Comment);

    public static void MapSatisfactionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners/{id:guid}/satisfaction-responses").WithTags("Satisfaction");

        group.MapPost("/", async (Guid id, SatisfactionRequest body, ISender sender, CancellationToken ct) =>
            {
                var response = await sender.Send(new RecordSatisfactionCommand(id, body.Score, body.Comment), ct);
                return TypedResults.Created($"/api/v1/partners/{id}/satisfaction-responses/{response.Id}", response);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithSummary("Answer the satisfaction survey (score 1–5); partner users answer for their own partner.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapGet("/", async (Guid id, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSatisfactionQuery(id, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Internal)
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }
}
