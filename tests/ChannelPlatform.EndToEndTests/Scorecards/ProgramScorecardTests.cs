using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>
/// The program scorecard against a program whose numbers are known (a platform of its own, so nothing
/// else is counted): made through the gateway, read back as the five success metrics with their statuses.
/// </summary>
[Collection(ProgramScorecardCollection.Name)]
public sealed class ProgramScorecardTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task The_program_scorecard_shows_the_five_success_metrics_of_a_known_program()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partners = new List<Guid>();
        for (var i = 0; i < 5; i++)
            partners.Add(await manager.ActivePartnerAsync()); // five activated this year: on track (5–10)

        // Four of five answers score 4–5: 80 %, on track.
        foreach (var (partner, score) in partners.Zip([5, 4, 4, 5, 2]))
            await ProgramData.AnswerSurveyAsync(manager, partner, score);

        // Three of four reps certified: 75 %, at risk (within 10 % below 80).
        await ProgramData.CertifyRepsAsync(manager, partners[0], reps: 4, certified: 3);

        // Two registrations, both decided at once: 100 % within 48 h, on track.
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partners[1]);
        var approved = await ProgramData.DecidedDealAsync(manager, partnerUser, approve: true);
        await ProgramData.DecidedDealAsync(manager, partnerUser, approve: false);
        if (platform.HasRevenue)
            await BookQuarterOfRevenueThroughPartnersAsync(manager, approved);

        var year = platform.Clock.Today.Year;
        var answer = await manager.GetJson($"/api/v1/program/scorecard?year={year}");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["year"]!.GetValue<int>().ShouldBe(year);
        var metrics = answer.Body["metrics"]!;
        Metric(metrics, "newPartners").ShouldBe("5 OnTrack");
        Metric(metrics, "partnerSatisfaction").ShouldBe("80 OnTrack");
        Metric(metrics, "certificationRate").ShouldBe("75 AtRisk");
        Metric(metrics, "dealRegistrationTurnaround").ShouldBe("100 OnTrack");
        metrics["dealRegistrationTurnaround"]!["medianHours"]!.GetValue<decimal>().ShouldBeLessThan(0.1m);
        metrics["dealRegistrationTurnaround"]!["target"]!["min"]!.GetValue<decimal>().ShouldBe(95m);
        if (platform.HasRevenue)
        {
            Metric(metrics, "partnerRevenueShare").ShouldBe("25 OnTrack");
            answer.Body["unavailable"]!.AsArray().ShouldBeEmpty();
        }
        else
        {
            metrics["partnerRevenueShare"].ShouldBeNull();
            answer.Body["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["Revenue"]);
        }
    }

    [Fact]
    public async Task Integration_reads_the_program_scorecard_and_a_partner_user_may_not()
    {
        using var integration = await platform.ClientAsync(Roles.Integration);
        (await integration.GetJson("/api/v1/program/scorecard")).Status.ShouldBe(HttpStatusCode.OK);
        using var partnerUser = await platform.ClientAsync(Roles.Partner, Guid.CreateVersion7());
        var forbidden = await partnerUser.GetJson("/api/v1/program/scorecard");
        forbidden.Status.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.ContentType.ShouldBe("application/problem+json");
    }

    /// <summary>The approved deal is won for 75 000 and direct sales book 225 000: a partner share of 25 %.</summary>
    private static async Task BookQuarterOfRevenueThroughPartnersAsync(HttpClient manager, Guid dealId)
    {
        var today = Today();
        (await manager.PostJson($"/api/v1/deals/{dealId}/win", new { actualValue = 75_000m, closedOn = today })).Status.ShouldBe(HttpStatusCode.OK);
        var direct = await manager.PostJson("/api/v1/revenue/direct-bookings", new { amount = 225_000m, currency = "USD", bookedOn = today, region = "Emea", description = "Direct sale" });
        direct.Status.ShouldBe(HttpStatusCode.Created, direct.ToString());
        await Eventually.True(
            async () => (await manager.GetJson($"/api/v1/revenue/kpis?year={MidQuarterClock.Instance.Today.Year}")).Body["partnerRevenue"]?.GetValue<decimal>() == 75_000m,
            EventTimeout,
            "Revenue to book the won deal");
    }

    private static string Metric(JsonNode metrics, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{metrics[name]!["value"]!.GetValue<decimal>():0.##} {metrics[name]!["status"]!.GetValue<string>()}");
}
