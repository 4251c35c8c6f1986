using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>
/// Pipeline, forecast and KPIs against known data. Each test uses its own partners (pipeline, forecast)
/// or a quarter no other test books into (KPIs), so the class can share one service.
/// </summary>
public sealed class ReportingApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task The_pipeline_sums_approved_open_deals_weighted_by_each_partners_win_rate()
    {
        var quarter = QuarterOf(service.Today);
        var close = service.Today;
        var partner = await _events.PartnerAsync();
        await _events.ApprovedDealAsync(partner, 10_000m, close);
        await _events.ApprovedDealAsync(partner, 30_000m, close);
        await _events.ApprovedDealAsync(partner, 99_000m, close.AddYears(1)); // another quarter
        var expired = await _events.ApprovedDealAsync(partner, 5_000m, close);
        await _events.ApplyAsync(new ChannelPlatform.Contracts.DealRegistration.DealExpired(Guid.NewGuid(), DateTimeOffset.UtcNow, expired, partner));
        await _events.WonDealAsync(partner, 7_000m, close);

        var pipeline = await _api.Client.GetJson($"{Base}/pipeline?partnerId={partner}&quarter={quarter}");

        pipeline.Status.ShouldBe(HttpStatusCode.OK, pipeline.ToString());
        Number(pipeline.Body, "openPipeline").ShouldBe(40_000m);
        Number(pipeline.Body, "weightedPipeline").ShouldBe(12_000m, "30 % until 5 closed deals");
        Number(pipeline.Body, "wonAmount").ShouldBe(7_000m);
        pipeline.Body["openDeals"]!.GetValue<int>().ShouldBe(2);
        var row = pipeline.Body["byPartner"]!.AsArray().Single()!;
        row["partnerId"]!.GetValue<Guid>().ShouldBe(partner);
        Number(row, "winRate").ShouldBe(30m);
        pipeline.Str("currency").ShouldBe("USD");

        var allQuarters = await _api.Client.GetJson($"{Base}/pipeline?partnerId={partner}");
        Number(allQuarters.Body, "openPipeline").ShouldBe(139_000m);
    }

    [Fact]
    public async Task The_forecast_uses_the_partners_own_win_rate_once_it_has_five_closed_deals()
    {
        var today = service.Today;
        var quarter = QuarterOf(today);
        var partner = await _events.PartnerAsync();
        await _events.WonDealAsync(partner, 10_000m, today);
        var early = await _api.Client.GetJson($"{Base}/forecast?partnerId={partner}&quarter={quarter}");
        Number(early.Body, "winRate").ShouldBe(30m);

        await _events.WonDealAsync(partner, 20_000m, today);
        await _events.WonDealAsync(partner, 30_000m, today);
        await _events.LostDealAsync(partner, 1_000m, today);
        await _events.LostDealAsync(partner, 1_000m, today);
        await _events.ApprovedDealAsync(partner, 50_000m, today);

        var forecast = await _api.Client.GetJson($"{Base}/forecast?partnerId={partner}&quarter={quarter}");

        forecast.Status.ShouldBe(HttpStatusCode.OK, forecast.ToString());
        Number(forecast.Body, "booked").ShouldBe(60_000m);
        Number(forecast.Body, "openPipeline").ShouldBe(50_000m);
        Number(forecast.Body, "winRate").ShouldBe(60m, "3 won / 5 closed");
        Number(forecast.Body, "forecast").ShouldBe(90_000m);
        forecast.Str("quarter").ShouldBe(quarter);
    }

    [Fact]
    public async Task The_kpis_show_the_partner_share_against_direct_revenue_by_quarter_and_region()
    {
        var emea = await _events.PartnerAsync(region: "Emea");
        var apac = await _events.PartnerAsync(region: "Apac");
        var day = new DateOnly(2023, 8, 1);
        await _events.WonDealAsync(emea, 50_000m, day);
        await _events.WonDealAsync(apac, 10_000m, day);
        (await _api.DirectAsync(140_000m, day, "Emea")).Status.ShouldBe(HttpStatusCode.Created);
        (await _api.DirectAsync(999m, new DateOnly(2023, 10, 1), "Emea")).Status.ShouldBe(HttpStatusCode.Created); // next quarter

        var kpis = await _api.Client.GetJson($"{Base}/kpis?quarter=2023-Q3");

        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        Number(kpis.Body, "totalRevenue").ShouldBe(200_000m);
        Number(kpis.Body, "partnerRevenue").ShouldBe(60_000m);
        Number(kpis.Body, "directRevenue").ShouldBe(140_000m);
        Number(kpis.Body, "partnerRevenueShare").ShouldBe(30m);
        var top = kpis.Body["topPartners"]!.AsArray();
        top[0]!["partnerId"]!.GetValue<Guid>().ShouldBe(emea);
        Number(top[0]!, "revenue").ShouldBe(50_000m);
        top[1]!["partnerId"]!.GetValue<Guid>().ShouldBe(apac);

        var emeaOnly = await _api.Client.GetJson($"{Base}/kpis?quarter=2023-Q3&region=Emea");
        Number(emeaOnly.Body, "totalRevenue").ShouldBe(190_000m);
        Number(emeaOnly.Body, "partnerRevenueShare").ShouldBe(26.32m, "50 000 / 190 000, to two decimals");

        var year = await _api.Client.GetJson($"{Base}/kpis?year=2023");
        Number(year.Body, "totalRevenue").ShouldBe(200_999m);
        year.Str("period").ShouldBe("2023");
    }

    [Theory]
    [InlineData("/kpis?quarter=2025-Q9", "quarter")]
    [InlineData("/kpis?quarter=2025-Q1&year=2025", "year")]
    [InlineData("/kpis?region=Moon", "region")]
    [InlineData("/pipeline?quarter=nope", "quarter")]
    [InlineData("/forecast?quarter=2025Q1", "quarter")]
    public async Task Bad_report_parameters_are_400_naming_the_field(string path, string field)
    {
        var answer = await _api.Client.GetJson(Base + path);
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task An_empty_quarter_reports_zeros_not_errors()
    {
        var kpis = await _api.Client.GetJson($"{Base}/kpis?quarter=2001-Q1");
        kpis.Status.ShouldBe(HttpStatusCode.OK);
        Number(kpis.Body, "totalRevenue").ShouldBe(0m);
        Number(kpis.Body, "partnerRevenueShare").ShouldBe(0m);
        kpis.Body["topPartners"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task The_program_forecast_weights_each_partners_pipeline_by_its_own_rate()
    {
        var today = service.Today;
        var closeInQuarter = new DateOnly(2024, 2, 15); // a quarter no other test of this class uses
        var strong = await _events.PartnerAsync();
        for (var i = 0; i < 4; i++)
            await _events.WonDealAsync(strong, 1_000m, today);
        await _events.LostDealAsync(strong, 1_000m, today);
        var fresh = await _events.PartnerAsync();
        await _events.ApprovedDealAsync(strong, 10_000m, closeInQuarter);
        await _events.ApprovedDealAsync(fresh, 10_000m, closeInQuarter);

        var forecast = await _api.Client.GetJson($"{Base}/forecast?quarter=2024-Q1");

        forecast.Status.ShouldBe(HttpStatusCode.OK, forecast.ToString());
        Number(forecast.Body, "openPipeline").ShouldBe(20_000m);
        Number(forecast.Body, "forecast").ShouldBe(11_000m, "10 000 × 80 % + 10 000 × 30 %");
        Number(forecast.Body, "winRate").ShouldBe(55m, "the blend over the open pipeline");
        Number((await _api.Client.GetJson($"{Base}/pipeline?quarter=2024-Q1")).Body, "weightedPipeline").ShouldBe(11_000m, "the pipeline weights the same way");
    }
}
