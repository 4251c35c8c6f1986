using System.Net;
using System.Text;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>
/// The dated rate table: written by channel managers (one rate, or a CSV with per-row results), read by any caller;
/// a rate holds from its date until the next, and a missing one is 422 naming currency and date.
/// </summary>
public sealed class ExchangeRateApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    private static string Rates(string query) => $"{Base}/exchange-rates{query}";

    [Fact]
    public async Task A_new_rate_is_created_and_the_same_date_again_corrects_it()
    {
        var created = await _api.SetRateAsync("chf", new DateOnly(2026, 3, 2), 1.1201m);
        var corrected = await _api.SetRateAsync("CHF", new DateOnly(2026, 3, 2), 1.1210m);

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        (created.Str("currency"), created.Str("effectiveFrom"), created.Dec("rate"), created.Str("reportingCurrency"))
            .ShouldBe(("CHF", "2026-03-02", 1.1201m, "USD"));
        corrected.Status.ShouldBe(HttpStatusCode.OK, corrected.ToString());
        corrected.Dec("rate").ShouldBe(1.1210m);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.exchange_rates WHERE currency = 'CHF'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_rate_holds_from_its_date_until_the_next_and_never_before()
    {
        await _api.SetRateAsync("GBP", new DateOnly(2026, 1, 1), 1.2600m);
        await _api.SetRateAsync("GBP", new DateOnly(2026, 4, 1), 1.2710m);

        (await RateOn("GBP", "2026-03-31")).ShouldBe(1.2600m);
        (await RateOn("GBP", "2026-04-01")).ShouldBe(1.2710m);
        (await RateOn("GBP", "2031-01-01")).ShouldBe(1.2710m);
        var before = await _api.Client.GetJson(Rates("?currency=GBP&on=2025-12-31"));
        before.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, before.ToString());
        before.Str("detail")!.ShouldContain("GBP");
        before.Str("detail")!.ShouldContain("2025-12-31");
    }

    [Fact]
    public async Task On_a_date_every_currency_shows_its_rate_in_force_and_the_history_pages_by_currency_newest_first()
    {
        await _api.SetRateAsync("NOK", new DateOnly(2026, 2, 1), 0.0950m);
        await _api.SetRateAsync("NOK", new DateOnly(2026, 2, 10), 0.0940m);
        await _api.SetRateAsync("DKK", new DateOnly(2026, 2, 5), 0.1450m);

        var onDate = await _api.Client.GetJson(Rates("?on=2026-02-07"));
        var items = onDate.Body["items"]!.AsArray().Select(i => (i!["currency"]!.GetValue<string>(), i["rate"]!.GetValue<decimal>())).ToList();
        items.ShouldContain(("NOK", 0.0950m));
        items.ShouldContain(("DKK", 0.1450m));
        items.Count(i => i.Item1 == "NOK").ShouldBe(1);

        var first = await _api.Client.GetJson(Rates("?currency=NOK&limit=1"));
        first.Body["items"]![0]!["effectiveFrom"]!.GetValue<string>().ShouldBe("2026-02-10");
        var cursor = first.Body["nextCursor"]!.GetValue<string>();
        var second = await _api.Client.GetJson(Rates($"?currency=NOK&limit=1&cursor={cursor}"));
        second.Body["items"]![0]!["effectiveFrom"]!.GetValue<string>().ShouldBe("2026-02-01");
    }

    [Fact]
    public async Task An_import_sets_each_valid_row_and_reports_every_row()
    {
        const string csv = "currency,date,rate\nPLN,2026-01-01,0.2510\npln,2026-01-01,0.2512\nXYZ,2026-01-01,1\nCZK,2026-13-01,0.043\nHUF,2026-01-01,-1\nUSD,2026-01-01,1\n\nCZK,2026-01-01,0.0431";

        var answer = await ImportAsync(_api.Client, csv);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        (answer.Body["created"]!.GetValue<int>(), answer.Body["updated"]!.GetValue<int>(), answer.Body["failed"]!.GetValue<int>()).ShouldBe((2, 1, 4));
        var rows = answer.Body["rows"]!.AsArray();
        rows.Select(r => (r!["line"]!.GetValue<int>(), r["status"]!.GetValue<string>()))
            .ShouldBe([(2, "Created"), (3, "Updated"), (4, "Failed"), (5, "Failed"), (6, "Failed"), (7, "Failed"), (9, "Created")]);
        rows[2]!["error"]!.GetValue<string>().ShouldContain("XYZ");
        rows[5]!["error"]!.GetValue<string>().ShouldContain("reporting currency");
        (await RateOn("PLN", "2026-06-30")).ShouldBe(0.2512m);
        (await RateOn("CZK", "2026-06-30")).ShouldBe(0.0431m);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field()
    {
        var reporting = await _api.SetRateAsync("USD", new DateOnly(2026, 1, 1), 1m);
        var negative = await _api.SetRateAsync("EUR", new DateOnly(2026, 1, 1), -1m);
        var unknown = await _api.SetRateAsync("EURO", new DateOnly(2026, 1, 1), 1.08m);

        reporting.Status.ShouldBe(HttpStatusCode.BadRequest, reporting.ToString());
        reporting.ErrorFields.ShouldBe(["currency"]);
        negative.ErrorFields.ShouldBe(["rate"]);
        unknown.ErrorFields.ShouldBe(["currency"]);
        (await _api.Client.GetJson(Rates("?currency=XYZ"))).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Rates_are_read_by_any_caller_and_written_by_channel_managers_only(string role)
    {
        var caller = role == Roles.Partner ? service.Client(role, Guid.CreateVersion7()) : service.Client(role);
        await _api.SetRateAsync("SGD", new DateOnly(2026, 1, 1), 0.7420m);

        (await caller.GetJson(Rates("?currency=SGD&on=2026-05-01"))).Status.ShouldBe(HttpStatusCode.OK);
        (await caller.PutJson($"{Base}/exchange-rates/SGD/2026-02-01", new { rate = 1m })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await ImportAsync(caller, "SGD,2026-02-01,1")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await RateOn("SGD", "2026-05-01")).ShouldBe(0.7420m);
    }

    private async Task<decimal> RateOn(string currency, string on)
    {
        var answer = await _api.Client.GetJson(Rates($"?currency={currency}&on={on}"));
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        return answer.Body["items"]!.AsArray().Single()!["rate"]!.GetValue<decimal>();
    }

    private static async Task<Answer> ImportAsync(HttpClient client, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(new Uri($"{Base}/exchange-rates/import", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : System.Text.Json.Nodes.JsonNode.Parse(text), null, null, null, text);
    }
}
