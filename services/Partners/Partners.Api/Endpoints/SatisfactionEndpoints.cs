using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Partners.Application.Satisfaction;
using Partners.Application.Satisfaction.ListSatisfaction;
using Partners.Application.Satisfaction.RecordSatisfaction;

namespace Partners.Api.Endpoints;

internal static class SatisfactionEndpoints
{
    public sealed record SatisfactionRequest(int? Score, string? Comment);

    public static void MapSatisfactionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners/{id:guid}/satisfaction-responses").WithTags("Satisfaction");

        group.MapPost("/", async Task<Results<Created<SatisfactionResponseDto>, Ok<SatisfactionResponseDto>>> (
                Guid id, SatisfactionRequest body, ISender sender, CancellationToken ct) =>
            {
                var recorded = await sender.Send(new RecordSatisfactionCommand(id, body.Score, body.Comment), ct);
                if (recorded.Replaced)
                    return TypedResults.Ok(recorded.Response);
                return TypedResults.Created($"/api/v1/partners/{id}/satisfaction-responses/{recorded.Response.Id}", recorded.Response);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithName("RecordSatisfactionResponse")
            .WithSummary("Answer the satisfaction survey (score 1–5); partner users answer for their own partner. One answer per respondent "
                + "(token subject), partner and quarter: the first is 201, answering again in the quarter replaces it (200, same id); "
                + "the KPIs count the latest answer per respondent.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapGet("/", async (Guid id, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSatisfactionQuery(id, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("ListSatisfactionResponses")
            .WithSummary("The partner's satisfaction survey answers, paged.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }
}
