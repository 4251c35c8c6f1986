using System.Globalization;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.Scorecards.StubAnswers;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>
/// The scorecards composed from stub services that answer as the real ones do: which endpoint each
/// metric comes from, what is passed on, and how values are rated against the targets.
/// </summary>
public sealed class ScorecardCompositionTests : IAsyncLifetime
{
    private static readonly Guid PartnerId = Guid.CreateVersion7();
    private readonly Dictionary<string, StubService> _stubs = [];
    private GatewayApp _gateway = null!;

    public async Task InitializeAsync()
    {
        var recent = DateTimeOffset.UtcNow.AddDays(-3).ToString("O", CultureInfo.InvariantCulture);
        var satisfaction = $$"""{"items":[{"score":5,"respondedAt":"{{recent}}"},{"score":4,"respondedAt":"{{recent}}"},{"score":2,"respondedAt":"{{recent}}"}],"nextCursor":null}""";
        var escalations = """{"items":[{"id":"0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c11","severity":"High","breached":true}],"nextCursor":null}""";
        _stubs["Partner"] = await StubService.StartAsync(ByPath(
            ("/api/v1/partners/kpis", PartnerKpis),
            ($"/api/v1/partners/{PartnerId}", StubAnswers.Partner),
            ($"/api/v1/partners/{PartnerId}/tier-evaluation", TierEvaluation),
            ($"/api/v1/partners/{PartnerId}/satisfaction-responses", satisfaction),
            ("/api/v1/escalations", escalations)));
        _stubs["DealRegistration"] = await StubService.StartAsync(ByPath(("/api/v1/deals/kpis", DealKpis)));
        _stubs["Enablement"] = await StubService.StartAsync(ByPath(("/api/v1/enablement/kpis", EnablementKpis), ($"/api/v1/enablement/partners/{PartnerId}/certifications", Certifications)));
        _stubs["Revenue"] = await StubService.StartAsync(ByPath(("/api/v1/revenue/kpis", RevenueKpis), ("/api/v1/revenue/pipeline", Pipeline), ("/api/v1/revenue/forecast", Forecast)));
        _gateway = StubbedGateway.Start(_stubs);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var stub in _stubs.Values)
            await stub.DisposeAsync();
    }

    [Fact]
    public async Task The_program_scorecard_rates_each_services_kpi_against_its_target()
    {
        using var manager = _gateway.Client(Roles.ChannelManager);
        var answer = await manager.GetJson("/api/v1/program/scorecard?year=2025");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["year"]!.GetValue<int>().ShouldBe(2025);
        answer.Body["unavailable"]!.AsArray().ShouldBeEmpty();
        var metrics = answer.Body["metrics"]!;
        Metric(metrics, "partnerRevenueShare").ShouldBe((45.0m, "Ahead")); // above the 20–40 band
        Metric(metrics, "newPartners").ShouldBe((7m, "OnTrack"));
        Metric(metrics, "certificationRate").ShouldBe((82.0m, "OnTrack"));
        Metric(metrics, "dealRegistrationTurnaround").ShouldBe((92.7m, "AtRisk")); // within 10 % below 95
        Metric(metrics, "partnerSatisfaction").ShouldBe((85.0m, "OnTrack"));
        metrics["dealRegistrationTurnaround"]!["medianHours"]!.GetValue<decimal>().ShouldBe(20.5m);
        metrics["partnerRevenueShare"]!["target"]!["min"]!.GetValue<decimal>().ShouldBe(20m);
        metrics["partnerRevenueShare"]!["target"]!["max"]!.GetValue<decimal>().ShouldBe(40m);
        metrics["certificationRate"]!["target"]!["max"].ShouldBeNull();

        _stubs["Partner"].Requests.Select(r => r.PathAndQuery).ShouldBe(["/api/v1/partners/kpis?year=2025"]);
        _stubs["DealRegistration"].Requests.Select(r => r.PathAndQuery).ShouldBe(["/api/v1/deals/kpis?from=2025-01-01&to=2026-01-01"]);
        _stubs["Enablement"].Requests.Select(r => r.PathAndQuery).ShouldBe(["/api/v1/enablement/kpis"]);
        _stubs["Revenue"].Requests.Select(r => r.PathAndQuery).ShouldBe(["/api/v1/revenue/kpis?year=2025"]);
    }

    [Fact]
    public async Task Every_service_call_carries_the_callers_token_trace_and_correlation_id()
    {
        using var integration = _gateway.Client(Roles.Integration);
        var traceId = Guid.NewGuid().ToString("N");
        var headers = new Dictionary<string, string> { ["traceparent"] = $"00-{traceId}-{Guid.NewGuid().ToString("N")[..16]}-01", ["X-Correlation-Id"] = "scorecard-e2e" };
        var answer = await HttpJson.SendAsync(integration, HttpMethod.Get, "/api/v1/program/scorecard", null, headers);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        var sent = _stubs.Values.SelectMany(s => s.Requests).ToList();
        sent.Count.ShouldBe(4);
        sent.ShouldAllBe(r => r.Authorization == integration.DefaultRequestHeaders.Authorization!.ToString());
        sent.ShouldAllBe(r => r.CorrelationId == "scorecard-e2e");
        sent.ShouldAllBe(r => r.TraceParent.Split('-', StringSplitOptions.None)[1] == traceId);
    }

    [Fact]
    public async Task The_partner_scorecard_composes_all_four_services_for_the_quarter()
    {
        using var manager = _gateway.Client(Roles.ChannelManager);
        var answer = await manager.GetJson($"/api/v1/partners/{PartnerId}/scorecard?quarter=2026-q1");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        var card = answer.Body;
        card["quarter"]!.GetValue<string>().ShouldBe("2026-Q1");
        card["unavailable"]!.AsArray().ShouldBeEmpty();
        card["partner"]!["name"]!.GetValue<string>().ShouldBe("Stub Partner");
        card["pipeline"]!["openPipeline"]!.GetValue<decimal>().ShouldBe(150_000m);
        card["pipeline"]!["weightedPipeline"]!.GetValue<decimal>().ShouldBe(60_000m);
        card["forecast"]!["booked"]!.GetValue<decimal>().ShouldBe(75_000m);
        card["forecast"]!["winRate"]!.GetValue<decimal>().ShouldBe(40m);
        card["forecast"]!["forecast"]!.GetValue<decimal>().ShouldBe(135_000m);
        card["certification"]!["rate"]!["value"]!.GetValue<decimal>().ShouldBe(75m);
        card["certification"]!["rate"]!["status"]!.GetValue<string>().ShouldBe("AtRisk");
        card["tier"]!["nextTier"]!["tier"]!.GetValue<string>().ShouldBe("Gold");
        card["tier"]!["nextTier"]!["certifiedRepsGap"]!.GetValue<int>().ShouldBe(2);
        card["satisfaction"]!["responses"]!.GetValue<int>().ShouldBe(3);
        card["satisfaction"]!["score"]!["value"]!.GetValue<decimal>().ShouldBe(66.7m);
        card["satisfaction"]!["score"]!["status"]!.GetValue<string>().ShouldBe("OffTrack");
        card["escalations"]!["open"]!.GetValue<int>().ShouldBe(1);
        card["escalations"]!["breached"]!.GetValue<int>().ShouldBe(1);
        card["dealRegistration"]!["submitted"]!.GetValue<int>().ShouldBe(40);

        _stubs["Revenue"].Requests.Select(r => r.PathAndQuery).Order().ShouldBe([
            $"/api/v1/revenue/forecast?partnerId={PartnerId}&quarter=2026-Q1",
            $"/api/v1/revenue/pipeline?partnerId={PartnerId}&quarter=2026-Q1"]);
        _stubs["DealRegistration"].Requests.Single().PathAndQuery.ShouldBe($"/api/v1/deals/kpis?partnerId={PartnerId}&from=2026-01-01&to=2026-04-01");
        _stubs["Partner"].Requests.Select(r => r.PathAndQuery).ShouldContain($"/api/v1/escalations?partnerId={PartnerId}&status=Open&limit=200");
    }

    [Fact]
    public async Task A_partner_user_sees_its_own_scorecard_without_the_internal_parts()
    {
        using var partnerUser = _gateway.Client(Roles.Partner, PartnerId);
        var answer = await partnerUser.GetJson($"/api/v1/partners/{PartnerId}/scorecard?quarter=2026-Q1");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["partner"].ShouldNotBeNull();
        answer.Body["certification"].ShouldNotBeNull();
        answer.Body["dealRegistration"].ShouldBeNull();
        answer.Body["satisfaction"].ShouldBeNull();
        answer.Body["escalations"].ShouldBeNull();
        answer.Body["unavailable"]!.AsArray().ShouldBeEmpty();
        _stubs["DealRegistration"].Requests.ShouldBeEmpty();
        _stubs["Partner"].Count("/api/v1/escalations").ShouldBe(0);
    }

    [Fact]
    public async Task A_partner_user_gets_403_for_the_program_and_404_for_another_partner_without_any_service_being_called()
    {
        using var partnerUser = _gateway.Client(Roles.Partner, Guid.CreateVersion7());

        (await partnerUser.GetJson("/api/v1/program/scorecard")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var other = await partnerUser.GetJson($"/api/v1/partners/{PartnerId}/scorecard");
        other.Status.ShouldBe(HttpStatusCode.NotFound, other.ToString());
        other.ContentType.ShouldBe("application/problem+json");
        _stubs.Values.SelectMany(s => s.Requests).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_partner_is_404_and_bad_parameters_are_400()
    {
        using var manager = _gateway.Client(Roles.ChannelManager);
        (await manager.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}/scorecard")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetJson($"/api/v1/partners/{PartnerId}/scorecard?quarter=2026-Q5")).ErrorFields.ShouldBe(["quarter"]);
        (await manager.GetJson("/api/v1/program/scorecard?year=1999")).ErrorFields.ShouldBe(["year"]);
        using var anonymous = _gateway.CreateClient();
        (await anonymous.GetJson("/api/v1/program/scorecard")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static (decimal Value, string Status) Metric(System.Text.Json.Nodes.JsonNode metrics, string name) =>
        (metrics[name]!["value"]!.GetValue<decimal>(), metrics[name]!["status"]!.GetValue<string>());
}
