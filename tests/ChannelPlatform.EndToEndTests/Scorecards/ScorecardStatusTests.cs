using System.Globalization;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.Scorecards.StubAnswers;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>How the program scorecard rates a value against its target: Ahead above a band, AtRisk just below it, OffTrack further below.</summary>
public sealed class ScorecardStatusTests
{
    [Theory]
    [InlineData(15, 41.0, "Ahead", "Ahead")] // 15 new partners against 5–10 is good news
    [InlineData(11, 40.01, "Ahead", "Ahead")]
    [InlineData(10, 40.0, "OnTrack", "OnTrack")]
    [InlineData(5, 20.0, "OnTrack", "OnTrack")]
    [InlineData(4, 18.0, "OffTrack", "AtRisk")] // 4 < 4.5 (10 % under 5); 18 is 10 % under 20
    [InlineData(0, 17.9, "OffTrack", "OffTrack")]
    public async Task A_banded_metric_above_its_band_is_Ahead_and_below_it_AtRisk_or_OffTrack(
        int newPartners, double revenueShare, string partnersStatus, string shareStatus)
    {
        var stubs = new Dictionary<string, StubService>
        {
            ["Partner"] = await StubService.StartAsync(ByPath(("/api/v1/partners/kpis", PartnerKpis.Replace("\"newPartners\":7", $"\"newPartners\":{newPartners}", StringComparison.Ordinal)))),
            ["DealRegistration"] = await StubService.StartAsync(ByPath(("/api/v1/deals/kpis", DealKpis))),
            ["Enablement"] = await StubService.StartAsync(ByPath(("/api/v1/enablement/kpis", EnablementKpis))),
            ["Revenue"] = await StubService.StartAsync(ByPath(("/api/v1/revenue/kpis",
                RevenueKpis.Replace("\"partnerRevenueShare\":45.0", $"\"partnerRevenueShare\":{revenueShare.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)))),
        };
        await using var gateway = StubbedGateway.Start(stubs);
        try
        {
            using var manager = gateway.Client(Roles.ChannelManager);
            var answer = await manager.GetJson("/api/v1/program/scorecard?year=2025");

            answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
            var metrics = answer.Body["metrics"]!;
            metrics["newPartners"]!["status"]!.GetValue<string>().ShouldBe(partnersStatus, answer.ToString());
            metrics["partnerRevenueShare"]!["status"]!.GetValue<string>().ShouldBe(shareStatus, answer.ToString());
            metrics["certificationRate"]!["status"]!.GetValue<string>().ShouldBe("OnTrack", "82 % against at least 80 % is never Ahead: no band above");
        }
        finally
        {
            foreach (var stub in stubs.Values)
                await stub.DisposeAsync();
        }
    }
}
