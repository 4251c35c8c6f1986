using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>MDF budgets stay in the payout currency: requests in another one commit their converted amount, and never overspend.</summary>
public sealed class MdfForeignCurrencyTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    private int Year => service.Today.Year;

    [Fact]
    public async Task Ten_concurrent_approvals_of_euro_requests_against_a_dollar_budget_never_overspend_it()
    {
        await new RevenueClient(_mdf.Client).SetRateAsync("EUR", new DateOnly(2020, 1, 1), 1.0842m);
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var requests = new List<Guid>();
        for (var i = 0; i < 10; i++)
            requests.Add(await SubmitEurosAsync(partner, 2_000m));
        var clients = requests.Select(_ => new MdfClient(service.Client(Roles.ChannelManager))).ToList();

        using var start = new SemaphoreSlim(0);
        var approvals = requests.Select(async (id, i) =>
        {
            await start.WaitAsync();
            return await clients[i].ApproveAsync(id, 2_000m);
        }).ToList();
        start.Release(requests.Count);
        var answers = await Task.WhenAll(approvals);

        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(4, string.Join(", ", answers.Select(a => a.Status)));
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(6);
        var budget = await _mdf.BudgetAsync(partner, Year);
        (budget.Str("currency"), Money(budget, "committed"), Money(budget, "remaining")).ShouldBe(("USD", 8_673.60m, 1_326.40m));
        var approved = await _mdf.RequestAsync(answers.First(a => a.Status == HttpStatusCode.OK).Id);
        (approved.Str("currency"), Money(approved, "approvedAmount"), approved.Str("budgetCurrency"), Money(approved, "committedAmount"))
            .ShouldBe(("EUR", 2_000m, "USD", 2_168.40m));
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.mdf_budgets WHERE committed > allocated OR committed < 0")).ShouldBe(0);
        foreach (var client in clients)
            client.Client.Dispose();
    }

    private async Task<Guid> SubmitEurosAsync(Guid partner, decimal amount)
    {
        var answer = await _mdf.SubmitRawAsync(new
        {
            partnerId = partner, activityType = "Event", description = "Berlin roadshow", requestedAmount = amount, currency = "EUR", plannedOn = service.Today,
        });
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return answer.Id;
    }
}
