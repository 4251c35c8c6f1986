using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>Concurrent approvals never overspend a budget: the budget row is locked around every commit, and a CHECK backs it.</summary>
public sealed class MdfConcurrencyTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    private int Year => service.Today.Year;

    [Fact]
    public async Task Ten_concurrent_approvals_of_2500_against_a_budget_of_10000_approve_exactly_four()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var requests = await SubmittedAsync(partner, 10, 2_500m);

        var answers = await ApproveConcurrentlyAsync(requests, 2_500m);

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(4, Describe(answers));
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(6, Describe(answers));
        var budget = await _mdf.BudgetAsync(partner, Year);
        Money(budget, "committed").ShouldBe(10_000m);
        Money(budget, "remaining").ShouldBe(0m);
        Money(budget, "allocated").ShouldBe(10_000m);
        await ShouldAgreeInSqlAsync(partner, committed: 10_000m, allocated: 10_000m);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&status=Approved")).Count.ShouldBe(4);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&status=Submitted")).Count.ShouldBe(6, "a refused approval leaves the request Submitted");
        var published = 0L;
        foreach (var id in requests)
            published += await service.OutboxCountAsync("revenue.mdf-request-approved", id);
        published.ShouldBe(4);
    }

    [Fact]
    public async Task Concurrent_first_approvals_of_a_computed_budget_race_to_create_it_and_still_never_overspend()
    {
        var partner = await _events.PartnerAsync(mdfPercent: 5m);
        await _events.WonDealAsync(partner, 100_000m, new DateOnly(Year - 1, 9, 30));
        (await _mdf.BudgetAsync(partner, Year)).Str("source").ShouldBe("Computed");
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.mdf_budgets WHERE partner_id = @p0", partner)).ShouldBe(0, "no row before the first approval");
        var requests = await SubmittedAsync(partner, 8, 1_000m);

        var answers = await ApproveConcurrentlyAsync(requests, 1_000m);

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(5, Describe(answers));
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(3, Describe(answers));
        var budget = await _mdf.BudgetAsync(partner, Year);
        budget.Str("source").ShouldBe("Computed");
        Money(budget, "allocated").ShouldBe(5_000m);
        Money(budget, "committed").ShouldBe(5_000m);
        Money(budget, "remaining").ShouldBe(0m);
        await ShouldAgreeInSqlAsync(partner, committed: 5_000m, allocated: 5_000m);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.mdf_budgets WHERE partner_id = @p0", partner)).ShouldBe(1);
    }

    [Fact]
    public async Task Uneven_concurrent_approvals_commit_no_more_than_the_allocation()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var requests = await SubmittedAsync(partner, 6, 3_000m);

        var answers = await ApproveConcurrentlyAsync(requests, 3_000m);

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(3, Describe(answers));
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(3, Describe(answers));
        Money(await _mdf.BudgetAsync(partner, Year), "remaining").ShouldBe(1_000m);
        await ShouldAgreeInSqlAsync(partner, committed: 9_000m, allocated: 10_000m);
    }

    [Fact]
    public async Task Concurrent_approvals_of_the_same_request_commit_it_once()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 100_000m, Year);
        var request = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);

        var answers = await ApproveConcurrentlyAsync(Enumerable.Repeat(request, 5).ToList(), 1_000m);

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(1, Describe(answers));
        answers.Count(a => a.Status == HttpStatusCode.Conflict).ShouldBe(4, Describe(answers));
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(1_000m);
        (await service.OutboxCountAsync("revenue.mdf-request-approved", request)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_claims_on_one_request_never_claim_more_than_was_approved()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var request = await _mdf.ApprovedAsync(partner, 5_000m, service.Today);
        var clients = Enumerable.Range(0, 5).Select(_ => new MdfClient(service.Client(Roles.Partner, partner))).ToList();

        var answers = await Task.WhenAll(clients.Select(c => c.ClaimAsync(request, 2_000m)));

        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(2, Describe(answers));
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(3, Describe(answers));
        Money(await _mdf.RequestAsync(request), "claimedAmount").ShouldBe(4_000m);
        Money(await _mdf.BudgetAsync(partner, Year), "claimed").ShouldBe(4_000m);
    }

    private async Task<List<Guid>> SubmittedAsync(Guid partner, int count, decimal amount)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add(await _mdf.SubmittedAsync(partner, amount, service.Today));
        return ids;
    }

    /// <summary>Every approval on its own client, all released at once.</summary>
    private async Task<Answer[]> ApproveConcurrentlyAsync(IReadOnlyList<Guid> requests, decimal amount)
    {
        var clients = requests.Select(_ => new MdfClient(service.Client(Roles.ChannelManager))).ToList();
        using var start = new SemaphoreSlim(0);
        var approvals = requests.Select(async (id, i) =>
        {
            await start.WaitAsync();
            return await clients[i].ApproveAsync(id, amount);
        }).ToList();
        start.Release(requests.Count);
        var answers = await Task.WhenAll(approvals);
        foreach (var client in clients)
            client.Client.Dispose();
        return answers;
    }

    private async Task ShouldAgreeInSqlAsync(Guid partner, decimal committed, decimal allocated)
    {
        const string Where = "FROM revenue.mdf_budgets WHERE partner_id = @p0 AND year = @p1";
        (await service.Database.ScalarAsync<decimal>($"SELECT committed {Where}", partner, Year)).ShouldBe(committed);
        (await service.Database.ScalarAsync<decimal>($"SELECT allocated {Where}", partner, Year)).ShouldBe(allocated);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.mdf_budgets WHERE committed > allocated OR committed < 0")).ShouldBe(0);
    }

    private static string Describe(IEnumerable<Answer> answers) => string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Json?["detail"]}"));
}
