using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>A Partner user of A never sees or changes B's data, on any Revenue resource; Integration reads only; no token is 401.</summary>
public sealed class RevenueScopingTests(RevenueScopingWorld world) : IClassFixture<RevenueScopingWorld>
{
    private readonly HttpClient _a = world.Service.Client(Roles.Partner, world.A);
    private readonly MdfClient _aMdf = new(world.Service.Client(Roles.Partner, world.A));

    [Fact]
    public async Task Bookings_of_another_partner_and_direct_bookings_are_invisible_to_a_partner_user()
    {
        Ids(await _a.GetJson($"{Base}/bookings")).ShouldBe([world.BookingA]);
        Ids(await _a.GetJson($"{Base}/bookings?partnerId={world.B}")).ShouldBe([world.BookingA], "the token's partner wins over the filter");
        Ids(await _a.GetJson($"{Base}/bookings?kind=Direct")).ShouldBeEmpty();
        Ids(await _a.GetJson($"{Base}/bookings?dealId={world.DealB}")).ShouldBeEmpty();

        (await _a.GetJson($"{Base}/bookings/{world.BookingA}")).Status.ShouldBe(HttpStatusCode.OK);
        var other = await _a.GetJson($"{Base}/bookings/{world.BookingB}");
        other.Status.ShouldBe(HttpStatusCode.NotFound);
        other.Text.ShouldNotContain(world.B.ToString());
        (await _a.GetJson($"{Base}/bookings/{world.Direct}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Payouts_of_another_partner_are_invisible()
    {
        Ids(await _a.GetJson($"{Base}/payouts")).ShouldBe([world.PayoutA]);
        Ids(await _a.GetJson($"{Base}/payouts?partnerId={world.B}")).ShouldBe([world.PayoutA]);
        (await _a.GetJson($"{Base}/payouts/{world.PayoutA}")).Status.ShouldBe(HttpStatusCode.OK);
        (await _a.GetJson($"{Base}/payouts/{world.PayoutB}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?partnerId={B}")]
    public async Task Pipeline_and_forecast_give_a_partner_user_its_own_numbers_only(string query)
    {
        query = query.Replace("{B}", world.B.ToString(), StringComparison.Ordinal);

        var pipeline = await _a.GetJson($"{Base}/pipeline{query}");
        var forecast = await _a.GetJson($"{Base}/forecast{query}");

        pipeline.Status.ShouldBe(HttpStatusCode.OK, pipeline.ToString());
        Number(pipeline.Body, "openPipeline").ShouldBe(RevenueScopingWorld.OpenA);
        Number(pipeline.Body, "wonAmount").ShouldBe(RevenueScopingWorld.WonA);
        pipeline.Body["byPartner"]!.AsArray().Select(p => p!["partnerId"]!.GetValue<Guid>()).ShouldBe([world.A]);
        forecast.Status.ShouldBe(HttpStatusCode.OK, forecast.ToString());
        forecast.Body["partnerId"]!.GetValue<Guid>().ShouldBe(world.A);
        Number(forecast.Body, "booked").ShouldBe(RevenueScopingWorld.WonA);
        Number(forecast.Body, "openPipeline").ShouldBe(RevenueScopingWorld.OpenA);
    }

    [Fact]
    public async Task Kpis_are_internal()
    {
        (await _a.GetJson($"{Base}/kpis")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await world.Service.Client(Roles.Integration).GetJson($"{Base}/kpis")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Mdf_budgets_requests_and_claims_of_another_partner_are_invisible()
    {
        (await _aMdf.BudgetAsync(world.B)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _aMdf.RequestAsync(world.RequestB)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _aMdf.RequestAsync(world.RequestA)).Status.ShouldBe(HttpStatusCode.OK);
        Ids(await _aMdf.RequestsAsync()).ShouldBe([world.RequestA, world.PendingA], ignoreOrder: true);
        Ids(await _aMdf.RequestsAsync($"?partnerId={world.B}")).ShouldBe([world.RequestA, world.PendingA], ignoreOrder: true);

        var claimOnB = await _aMdf.ClaimAsync(world.RequestB, 100m);
        claimOnB.Status.ShouldBe(HttpStatusCode.NotFound, claimOnB.ToString());
        (await _aMdf.ClaimOfAsync(world.ClaimB)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _aMdf.ClaimOfAsync(world.ClaimA)).Status.ShouldBe(HttpStatusCode.OK);
        Ids(await _aMdf.ClaimsAsync()).ShouldBe([world.ClaimA]);
        Ids(await _aMdf.ClaimsAsync($"?partnerId={world.B}")).ShouldBe([world.ClaimA]);
        Ids(await _aMdf.ClaimsAsync($"?requestId={world.RequestB}")).ShouldBeEmpty();
        (await _aMdf.ClaimsOfRequestAsync(world.RequestB)).Status.ShouldBe(HttpStatusCode.NotFound, "another partner's request");
        (await _aMdf.ClaimsOfRequestAsync(Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.NotFound, "an unknown request");
        var manager = new MdfClient(world.Service.Client(Roles.ChannelManager));
        Money(await manager.RequestAsync(world.RequestB), "claimedAmount").ShouldBe(500m, "A's claim did not touch B's request");
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Only_channel_managers_write_bookings_payouts_budgets_and_decisions(string role)
    {
        var caller = world.Service.Client(role, role == Roles.Partner ? world.A : null);
        var refused = new List<string>();
        foreach (var (label, send) in ManagerWrites())
        {
            var answer = await send(caller);
            if (answer.Status != HttpStatusCode.Forbidden)
                refused.Add($"{label}: {answer}");
        }

        refused.ShouldBeEmpty();
        var manager = new MdfClient(world.Service.Client(Roles.ChannelManager));
        (await manager.RequestAsync(world.PendingA)).Str("status").ShouldBe("Submitted");
        (await manager.ClaimOfAsync(world.ClaimA)).Str("status").ShouldBe("Submitted");
        (await manager.Client.GetJson($"{Base}/payouts/{world.PayoutA}")).Str("status").ShouldBe("Draft");
    }

    [Fact]
    public async Task Integration_reads_everything_but_cannot_submit_mdf()
    {
        var integration = world.Service.Client(Roles.Integration);
        var mdf = new MdfClient(integration);
        foreach (var path in Reads())
            (await integration.GetJson(path)).Status.ShouldBe(HttpStatusCode.OK, path);
        Ids(await integration.GetJson($"{Base}/bookings?partnerId={world.B}")).ShouldBe([world.BookingB]);
        (await integration.GetJson($"{Base}/bookings/{world.Direct}")).Status.ShouldBe(HttpStatusCode.OK);

        (await mdf.SubmitAsync(world.A, 100m, world.Service.Today)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await mdf.ClaimAsync(world.RequestA, 100m)).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_token_or_a_bad_token_is_401_everywhere()
    {
        var anonymous = world.Service.Anonymous();
        var forged = world.Service.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not.a.jwt");
        var failures = new List<string>();
        foreach (var client in new[] { anonymous, forged })
        {
            foreach (var path in Reads())
                Expect401(await client.GetJson(path), path);
            foreach (var (label, send) in ManagerWrites())
                Expect401(await send(client), label);
            Expect401(await new MdfClient(client).SubmitAsync(world.A, 100m, world.Service.Today), "submit");
        }

        failures.ShouldBeEmpty();

        void Expect401(Answer answer, string what)
        {
            if (answer.Status != HttpStatusCode.Unauthorized)
                failures.Add($"{what}: {answer}");
        }
    }

    private IEnumerable<string> Reads() =>
    [
        $"{Base}/bookings", $"{Base}/bookings/{world.BookingB}", $"{Base}/payouts", $"{Base}/payouts/{world.PayoutB}", $"{Base}/pipeline",
        $"{Base}/forecast", $"{Base}/kpis", $"{Mdf}/budgets/{world.B}", $"{Mdf}/requests", $"{Mdf}/requests/{world.RequestB}",
        $"{Mdf}/requests/{world.RequestB}/claims", $"{Mdf}/claims", $"{Mdf}/claims/{world.ClaimB}",
    ];

    /// <summary>Every write reserved to channel managers, on A's own data (and B's), with valid bodies.</summary>
    private IEnumerable<(string Label, Func<HttpClient, Task<Answer>> Send)> ManagerWrites() =>
    [
        ("direct booking", c => c.PostJson($"{Base}/direct-bookings", new { amount = 1m, currency = "USD", bookedOn = world.Service.Today, region = "Emea" })),
        ("adjustment", c => c.PostJson($"{Base}/bookings/{world.BookingA}/adjustments", new { amount = -1m, reason = "Refund" })),
        ("payout", c => c.PostJson($"{Base}/payouts", new { partnerId = world.A, quarter = "2020-Q1" })),
        ("payout approve", c => c.PostJson($"{Base}/payouts/{world.PayoutA}/approve", new { })),
        ("payout mark-paid", c => c.PostJson($"{Base}/payouts/{world.PayoutA}/mark-paid", new { paidOn = world.Service.Today, reference = "X" })),
        ("budget put", c => new MdfClient(c).SetBudgetAsync(world.A, 1_000_000m)),
        ("request approve", c => new MdfClient(c).ApproveAsync(world.PendingA, 1_000m)),
        ("request approve of B", c => new MdfClient(c).ApproveAsync(world.PendingB, 1_000m)),
        ("request reject", c => new MdfClient(c).RejectAsync(world.PendingA, "No")),
        ("claim approve", c => new MdfClient(c).ApproveClaimAsync(world.ClaimA, 500m)),
        ("claim reimburse", c => new MdfClient(c).ReimburseAsync(world.ClaimA, world.Service.Today)),
    ];
}
