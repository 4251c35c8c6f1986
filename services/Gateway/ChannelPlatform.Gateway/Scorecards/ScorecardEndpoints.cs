using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>The composed scorecards (CONTRACT.md "Gateway"): answered by the gateway itself, never proxied.</summary>
internal static class ScorecardEndpoints
{
    public const string Tag = "Scorecards";

    public static void MapScorecards(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/program/scorecard", async (int? year, HttpContext http, ProgramScorecardComposer composer, TimeProvider clock) =>
            {
                var y = year ?? clock.GetUtcNow().Year;
                if (y is < 2000 or > 2100)
                    throw Invalid("year", "'year' must be between 2000 and 2100.");
                var caller = Caller.From(http);
                http.Response.Headers[Caller.CorrelationHeader] = caller.CorrelationId;
                return TypedResults.Ok(await composer.ComposeAsync(y, caller, http.RequestAborted));
            })
            .RequireAuthorization(Policies.Internal)
            .WithTags(Tag)
            .WithName("GetProgramScorecard")
            .WithSummary("The program's five success metrics for a year (default: this year), each { value, target, status }; ChannelManager and Integration only.")
            .WithDescription(ScorecardDocs.Program)
            .Produces<ProgramScorecard>()
            .ProducesStandardErrors();

        app.MapGet("/api/v1/partners/{id:guid}/scorecard", async Task<Results<Ok<PartnerScorecard>, ProblemHttpResult>> (
                Guid id, string? quarter, HttpContext http, ICurrentUser user, PartnerScorecardComposer composer, TimeProvider clock) =>
            {
                var q = quarter is null ? Quarter.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) : ParseQuarter(quarter);
                // A partner user asking for another partner learns nothing, not even that it exists, and costs no downstream call.
                if (!user.CanSee(id))
                    return NotFound(id);
                var caller = Caller.From(http);
                http.Response.Headers[Caller.CorrelationHeader] = caller.CorrelationId;
                var scorecard = await composer.ComposeAsync(id, q, internalReader: !user.IsPartner, caller, http.RequestAborted);
                return scorecard is null ? NotFound(id) : TypedResults.Ok(scorecard);
            })
            .RequireAuthorization(Policies.Read)
            .WithTags(Tag)
            .WithName("GetPartnerScorecard")
            .WithSummary("One partner's QBR view for a quarter (default: this quarter), composed from all four services; a Partner caller sees its own partner only (else 404).")
            .WithDescription(ScorecardDocs.Partner)
            .ProducesStandardErrors(StatusCodes.Status404NotFound);
    }

    private static Quarter ParseQuarter(string text) =>
        Quarter.TryParse(text, out var q) ? q : throw Invalid("quarter", "'quarter' must look like 2026-Q1 (years 2000–2100).");

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Partner '{id}' was not found.");

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
