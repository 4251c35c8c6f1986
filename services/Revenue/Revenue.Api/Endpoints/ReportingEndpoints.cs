using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Revenue.Application.Reporting;

namespace Revenue.Api.Endpoints;

/// <summary>Pipeline, forecast and the program's revenue KPIs, computed in SQL.</summary>
internal static class ReportingEndpoints
{
    public static void MapReportingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/revenue").WithTags("Reporting");
        group.MapGet("/pipeline", async (Guid? partnerId, string? quarter, string? region, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPipelineQuery(partnerId, quarter, region), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetPipeline")
            .WithSummary("Open (approved, not closed) and weighted pipeline, won amount and open deals, by partner. A Partner caller sees its own.")
            .ProducesStandardErrors();
        group.MapGet("/forecast", async (string? quarter, Guid? partnerId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetForecastQuery(quarter, partnerId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetForecast")
            .WithSummary("booked + openPipeline × winRate / 100 for the quarter (default: the current one). A Partner caller gets its own.")
            .ProducesStandardErrors();
        group.MapGet("/kpis", async (string? quarter, int? year, string? region, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRevenueKpisQuery(quarter, year, region), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("GetRevenueKpis")
            .WithSummary("Total, partner and direct revenue, the partner share (percent), partner-sourced pipeline and the top partners, for a quarter or a year.")
            .ProducesStandardErrors();
    }
}
