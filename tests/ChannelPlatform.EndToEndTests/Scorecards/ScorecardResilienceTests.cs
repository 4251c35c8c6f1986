using System.Diagnostics;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using Microsoft.AspNetCore.Http;
using static ChannelPlatform.EndToEndTests.Scorecards.StubAnswers;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>
/// A service that is slow, failing or down degrades the scorecard instead of failing it: the answer
/// comes within its budget and names the service; transient faults are retried; repeated failures open
/// the circuit (no more calls until the break is over) and it closes again once the service recovers.
/// </summary>
public sealed class ScorecardResilienceTests : IAsyncLifetime
{
    private StubService _partner = null!;
    private StubService _enablement = null!;
    private readonly List<GatewayApp> _gateways = [];

    public async Task InitializeAsync()
    {
        _partner = await StubService.StartAsync(ByPath(("/api/v1/partners/kpis", PartnerKpis)));
        _enablement = await StubService.StartAsync(ByPath(("/api/v1/enablement/kpis", EnablementKpis)));
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
            await gateway.DisposeAsync();
        await _partner.DisposeAsync();
        await _enablement.DisposeAsync();
    }

    [Fact]
    public async Task A_slow_service_is_named_unavailable_and_the_answer_still_comes_within_the_budget()
    {
        _enablement.Respond = async http => await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted);
        using var manager = Gateway(("Scorecard:BudgetMilliseconds", "1200"), ("Scorecard:AttemptTimeoutMilliseconds", "10000")).Client(Roles.ChannelManager);

        (await manager.GetJson("/api/v1/program/scorecard")).Status.ShouldBe(HttpStatusCode.OK); // warm-up: first-request start-up costs are not the budget's
        var clock = Stopwatch.StartNew();
        var answer = await manager.GetJson("/api/v1/program/scorecard");
        clock.Stop();

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(1200 + 1500));
        Unavailable(answer).ShouldBe(["DealRegistration", "Enablement", "Revenue"]);
        answer.Body["metrics"]!["certificationRate"].ShouldBeNull();
        answer.Body["metrics"]!["newPartners"]!["value"]!.GetValue<decimal>().ShouldBe(7m);
    }

    [Fact]
    public async Task An_attempt_that_times_out_or_fails_transiently_is_retried()
    {
        var calls = 0;
        _enablement.Respond = http => Interlocked.Increment(ref calls) == 1 ? StubService.Status(503)(http) : StubService.Json(EnablementKpis)(http);
        using var manager = Gateway().Client(Roles.ChannelManager);

        var answer = await manager.GetJson("/api/v1/program/scorecard");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["metrics"]!["certificationRate"]!["value"]!.GetValue<decimal>().ShouldBe(82m);
        Unavailable(answer).ShouldNotContain("Enablement");
        _enablement.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_attempt_that_hangs_is_cut_by_the_per_attempt_timeout_and_the_retry_answers_within_the_budget()
    {
        var calls = 0;
        _enablement.Respond = async http =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted);
            else
                await StubService.Json(EnablementKpis)(http);
        };
        using var manager = Gateway(("Scorecard:AttemptTimeoutMilliseconds", "400"), ("Scorecard:BudgetMilliseconds", "4000")).Client(Roles.ChannelManager);

        var answer = await manager.GetJson("/api/v1/program/scorecard");

        Unavailable(answer).ShouldNotContain("Enablement", "the hung attempt was cut at 400 ms and retried, well inside the 4 s budget");
        answer.Body["metrics"]!["certificationRate"]!["value"]!.GetValue<decimal>().ShouldBe(82m);
        _enablement.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_and_it_closes_once_the_service_recovers()
    {
        _enablement.Respond = StubService.Status(500);
        using var manager = Gateway(
            ("Scorecard:MaxRetries", "0"),
            ("Scorecard:Breaker:MinimumThroughput", "2"),
            ("Scorecard:Breaker:FailureRatio", "0.5"),
            ("Scorecard:Breaker:BreakMilliseconds", "3000")).Client(Roles.ChannelManager);

        // Two failed calls open the circuit...
        for (var i = 0; i < 2; i++)
            Unavailable(await manager.GetJson("/api/v1/program/scorecard")).ShouldContain("Enablement");
        _enablement.Requests.Count.ShouldBe(2);

        // ...after which Enablement is not called at all, even once it is healthy again, until the break is over.
        _enablement.Respond = ByPath(("/api/v1/enablement/kpis", EnablementKpis));
        var open = await manager.GetJson("/api/v1/program/scorecard");
        Unavailable(open).ShouldContain("Enablement");
        open.Body["metrics"]!["newPartners"].ShouldNotBeNull();
        _enablement.Requests.Count.ShouldBe(2);

        // The first call after the break goes through, succeeds, and closes the circuit.
        var recovered = await Eventually.Get(
            async () =>
            {
                var answer = await manager.GetJson("/api/v1/program/scorecard");
                return Unavailable(answer).Contains("Enablement") ? null : answer;
            },
            TimeSpan.FromSeconds(15),
            "the circuit to Enablement to close again");
        recovered.Body["metrics"]!["certificationRate"]!["value"]!.GetValue<decimal>().ShouldBe(82m);
        _enablement.Requests.Count.ShouldBe(3);
    }

    private GatewayApp Gateway(params (string Key, string Value)[] settings)
    {
        var gateway = StubbedGateway.Start(
            new Dictionary<string, StubService> { ["Partner"] = _partner, ["Enablement"] = _enablement },
            settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        _gateways.Add(gateway);
        return gateway;
    }

    private static string[] Unavailable(Answer answer)
    {
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        return answer.Body["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
    }
}
