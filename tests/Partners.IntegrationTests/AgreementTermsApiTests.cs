using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>Each partner type's compensation term, at and just past the boundaries of its allowed range.</summary>
public sealed class AgreementTermsApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Theory]
    [InlineData("Reseller", "marginPercent", "15", "30")]
    [InlineData("Msp", "marginPercent", "20", "40")]
    [InlineData("Referral", "commissionPercent", "10", "15")]
    [InlineData("SystemIntegrator", "referralFeePercent", "5", "15")]
    [InlineData("Technology", "revenueSharePercent", "5", "30")]
    public async Task A_term_is_accepted_at_both_ends_of_its_range_and_refused_just_outside_with_the_range(string type, string field, string min, string max)
    {
        var id = await new PartnerApi(_manager).QualifiedAsync(type);
        var low = decimal.Parse(min, System.Globalization.CultureInfo.InvariantCulture);
        var high = decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var outside in new[] { low - 0.01m, high + 0.01m })
        {
            var refused = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-01-01", [field] = outside });
            refused.Status.ShouldBe(HttpStatusCode.BadRequest, refused.ToString());
            refused.ErrorFields.ShouldBe([field]);
            refused.Body["errors"]![field]![0]!.GetValue<string>().ShouldContain($"{min}–{max}");
        }

        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Qualified");
        foreach (var inside in new[] { low, high })
        {
            var accepted = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-01-01", [field] = inside });
            accepted.Status.ShouldBe(HttpStatusCode.Created, accepted.ToString());
            accepted.Body[field]!.GetValue<decimal>().ShouldBe(inside);
            accepted.Str("status").ShouldBe("Draft");
        }
    }

    [Theory]
    [InlineData("Reseller", "marginPercent", "15–30")]
    [InlineData("Msp", "marginPercent", "20–40")]
    [InlineData("Referral", "commissionPercent", "10–15")]
    [InlineData("SystemIntegrator", "referralFeePercent", "5–15")]
    [InlineData("Technology", "revenueSharePercent", "5–30")]
    public async Task A_missing_term_is_400_naming_the_types_field_and_its_range(string type, string field, string range)
    {
        var id = await new PartnerApi(_manager).QualifiedAsync(type);

        var answer = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-01-01" });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe([field]);
        answer.Body["errors"]![field]![0]!.GetValue<string>().ShouldContain(range);
    }

    [Theory]
    [InlineData("Reseller", "commissionPercent")]
    [InlineData("Msp", "revenueSharePercent")]
    [InlineData("Referral", "marginPercent")]
    [InlineData("SystemIntegrator", "commissionPercent")]
    [InlineData("Technology", "referralFeePercent")]
    public async Task A_term_of_another_type_is_400_naming_it(string type, string foreignField)
    {
        var id = await new PartnerApi(_manager).QualifiedAsync(type);
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(PartnerApi.TermsFor(type), System.Text.Json.JsonSerializerOptions.Web))!.AsObject();
        body[foreignField] = 12;

        var answer = await Draft(id, body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe([foreignField]);
        (await _manager.GetJson($"/api/v1/partners/{id}/agreements")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_effective_date_or_a_term_outside_1_to_60_months_is_400_naming_them()
    {
        var id = await new PartnerApi(_manager).QualifiedAsync();

        var noDate = await Draft(id, new JsonObject { ["marginPercent"] = 20, ["termMonths"] = 0 });
        var tooLong = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-01-01", ["marginPercent"] = 20, ["termMonths"] = 61 });

        noDate.Status.ShouldBe(HttpStatusCode.BadRequest);
        noDate.ErrorFields.ShouldBe(["effectiveFrom", "termMonths"], ignoreOrder: true);
        tooLong.ErrorFields.ShouldBe(["termMonths"]);
    }

    [Fact]
    public async Task An_agreement_pays_in_its_payout_currency_by_default_the_reporting_one_and_an_unknown_code_is_400()
    {
        var id = await new PartnerApi(_manager).QualifiedAsync();

        var euros = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-03-01", ["marginPercent"] = 20, ["payoutCurrency"] = "eur" });
        var standard = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-03-01", ["marginPercent"] = 20 });
        var unknown = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-03-01", ["marginPercent"] = 20, ["payoutCurrency"] = "EURO" });

        euros.Str("payoutCurrency").ShouldBe("EUR");
        standard.Str("payoutCurrency").ShouldBe("USD");
        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.ErrorFields.ShouldBe(["payoutCurrency"]);
    }

    [Fact]
    public async Task The_term_in_months_sets_the_expiry_and_defaults_to_12()
    {
        var id = await new PartnerApi(_manager).QualifiedAsync();

        var standard = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-03-01", ["marginPercent"] = 20 });
        var longer = await Draft(id, new JsonObject { ["effectiveFrom"] = "2026-03-01", ["marginPercent"] = 20, ["termMonths"] = 36 });

        standard.Body["termMonths"]!.GetValue<int>().ShouldBe(12);
        standard.Str("expiresOn").ShouldBe("2027-02-28");
        longer.Str("expiresOn").ShouldBe("2029-02-28");
    }

    private Task<Answer> Draft(Guid partnerId, JsonObject body) => _manager.PostJson($"/api/v1/partners/{partnerId}/agreements", body.ToJsonString());
}
