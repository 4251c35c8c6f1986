using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>GET/PUT /api/v1/revenue/mdf/budgets/{partnerId}: tier mdfPercent × prior-year revenue, or set explicitly.</summary>
public sealed class MdfBudgetApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    private int Year => service.Today.Year;

    [Fact]
    public async Task The_computed_budget_is_the_tier_mdf_percent_of_the_prior_year_partner_revenue()
    {
        var partner = await _events.PartnerAsync(mdfPercent: 3m);
        await _events.WonDealAsync(partner, 120_000m, new DateOnly(Year - 1, 3, 10));
        await _events.WonDealAsync(partner, 80_000m, new DateOnly(Year - 1, 12, 31));
        await _events.WonDealAsync(partner, 50_000m, new DateOnly(Year, 1, 1)); // this year: not in the base
        await _events.WonDealAsync(partner, 70_000m, new DateOnly(Year - 2, 12, 31)); // two years ago: not either

        var budget = await _mdf.BudgetAsync(partner, Year);

        budget.Status.ShouldBe(HttpStatusCode.OK, budget.ToString());
        Money(budget, "allocated").ShouldBe(6_000m);
        Money(budget, "committed").ShouldBe(0m);
        Money(budget, "claimed").ShouldBe(0m);
        Money(budget, "paid").ShouldBe(0m);
        Money(budget, "remaining").ShouldBe(6_000m);
        budget.Str("source").ShouldBe("Computed");
        budget.Str("currency").ShouldBe("USD");
        Money(budget, "mdfPercent").ShouldBe(3m);
        Money(budget, "priorYearRevenue").ShouldBe(200_000m);
        budget.Body["year"]!.GetValue<int>().ShouldBe(Year);
        budget.ETag.ShouldNotBeNullOrWhiteSpace();

        var thisYear = await _mdf.BudgetAsync(partner);
        Money(thisYear, "allocated").ShouldBe(6_000m, "the year defaults to the current one");
        Money(await _mdf.BudgetAsync(partner, Year + 1), "allocated").ShouldBe(1_500m, "next year's base is this year's 50 000");
    }

    [Fact]
    public async Task A_partner_without_prior_year_revenue_has_a_zero_budget()
    {
        var partner = await _events.PartnerAsync(mdfPercent: 5m);

        var budget = await _mdf.BudgetAsync(partner, Year);

        Money(budget, "allocated").ShouldBe(0m);
        Money(budget, "remaining").ShouldBe(0m);
        budget.Str("source").ShouldBe("Computed");
    }

    [Fact]
    public async Task Put_sets_the_allocation_with_a_new_version()
    {
        var partner = await _events.PartnerAsync(mdfPercent: 3m);
        await _events.WonDealAsync(partner, 100_000m, new DateOnly(Year - 1, 6, 1));
        var before = await _mdf.BudgetAsync(partner, Year);

        var set = await _mdf.SetBudgetAsync(partner, 15_000.50m, Year);

        set.Status.ShouldBe(HttpStatusCode.OK, set.ToString());
        set.Str("source").ShouldBe("Set");
        Money(set, "allocated").ShouldBe(15_000.50m);
        Money(set, "remaining").ShouldBe(15_000.50m);
        set.Body["mdfPercent"].ShouldBeNull();
        set.ETag.ShouldNotBeNull().Trim('"').ShouldBe(set.Str("version"));
        set.Str("version").ShouldNotBe(before.Str("version"));

        var read = await _mdf.BudgetAsync(partner, Year);
        read.Str("source").ShouldBe("Set");
        Money(read, "allocated").ShouldBe(15_000.50m);
        read.Str("version").ShouldBe(set.Str("version"));

        var again = await _mdf.SetBudgetAsync(partner, 9_000m, Year);
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Str("version").ShouldNotBe(set.Str("version"));
        Money(again, "allocated").ShouldBe(9_000m);
    }

    [Fact]
    public async Task Put_with_a_stale_if_match_is_412()
    {
        var partner = await _events.PartnerAsync();
        var set = await _mdf.SetBudgetAsync(partner, 5_000m, Year);

        var stale = await _mdf.Client.PutJson($"{Mdf}/budgets/{partner}?year={Year}", new { amount = 7_000m }, new Dictionary<string, string> { ["If-Match"] = "\"v999\"" });
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed, stale.ToString());
        Money(await _mdf.BudgetAsync(partner, Year), "allocated").ShouldBe(5_000m);

        var fresh = await _mdf.Client.PutJson($"{Mdf}/budgets/{partner}?year={Year}", new { amount = 8_000m }, new Dictionary<string, string> { ["If-Match"] = set.ETag! });
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
        Money(fresh, "allocated").ShouldBe(8_000m);
    }

    [Fact]
    public async Task Put_below_what_is_committed_is_422_and_changes_nothing()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        await _mdf.ApprovedAsync(partner, 4_000m, service.Today);

        var below = await _mdf.SetBudgetAsync(partner, 3_999.99m, Year);

        below.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, below.ToString());
        below.ContentType.ShouldBe("application/problem+json");
        var budget = await _mdf.BudgetAsync(partner, Year);
        Money(budget, "allocated").ShouldBe(10_000m);
        Money(budget, "committed").ShouldBe(4_000m);
        Money(budget, "remaining").ShouldBe(6_000m);

        var exactly = await _mdf.SetBudgetAsync(partner, 4_000m, Year);
        exactly.Status.ShouldBe(HttpStatusCode.OK, exactly.ToString());
        Money(exactly, "remaining").ShouldBe(0m);
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Only_a_channel_manager_sets_a_budget(string role)
    {
        var partner = await _events.PartnerAsync();
        var caller = new MdfClient(service.Client(role, role == Roles.Partner ? partner : null));

        var answer = await caller.SetBudgetAsync(partner, 1_000_000m, Year);

        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.ToString());
        (await _mdf.BudgetAsync(partner, Year)).Str("source").ShouldBe("Computed");
    }

    [Theory]
    [InlineData("{\"amount\":-1}")]
    [InlineData("{}")]
    [InlineData("{\"amount\":null}")]
    [InlineData("{\"amount\":\"lots\"}")]
    public async Task A_missing_negative_or_malformed_amount_is_400_naming_amount(string body)
    {
        var partner = await _events.PartnerAsync();

        var answer = await _mdf.PutBudgetRawAsync(partner, body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain("amount");
    }

    [Fact]
    public async Task An_unknown_partner_is_404()
    {
        var unknown = Guid.CreateVersion7();

        (await _mdf.BudgetAsync(unknown)).Status.ShouldBe(HttpStatusCode.NotFound);
        var put = await _mdf.SetBudgetAsync(unknown, 1_000m);
        put.Status.ShouldBe(HttpStatusCode.NotFound, put.ToString());
        put.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_partner_user_reads_its_own_budget_and_never_another_partners()
    {
        var mine = await _events.PartnerAsync();
        var theirs = await _events.PartnerAsync();
        await _mdf.FundAsync(theirs, 50_000m, Year);
        var partnerUser = new MdfClient(service.Client(Roles.Partner, mine));

        var own = await partnerUser.BudgetAsync(mine, Year);
        var other = await partnerUser.BudgetAsync(theirs, Year);

        own.Status.ShouldBe(HttpStatusCode.OK, own.ToString());
        own.Body["partnerId"]!.GetValue<Guid>().ShouldBe(mine);
        other.Status.ShouldBe(HttpStatusCode.NotFound, other.ToString());
        other.Text.ShouldNotContain("50000");
        (await new MdfClient(service.Client(Roles.Integration)).BudgetAsync(theirs, Year)).Status.ShouldBe(HttpStatusCode.OK);
    }
}
