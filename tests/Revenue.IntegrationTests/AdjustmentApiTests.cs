using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>Direct bookings and adjustments through HTTP: the rules and the errors.</summary>
public sealed class AdjustmentApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_direct_booking_is_created_with_its_region_and_no_compensation()
    {
        var created = await _api.DirectAsync(123_456.78m, new DateOnly(2025, 3, 31), "NorthAmerica");

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/revenue/bookings/{created.Id}");
        created.ETag.ShouldNotBeNull();
        created.Str("kind").ShouldBe("Direct");
        created.Str("region").ShouldBe("NorthAmerica");
        created.Str("quarter").ShouldBe("2025-Q1");
        created.Body["compensation"].ShouldBeNull();
        (await _api.Client.GetJson($"{Base}/bookings/{created.Id}")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(0, "USD", "Emea", "amount")]
    [InlineData(-5, "USD", "Emea", "amount")]
    [InlineData(10.0001, "USD", "Emea", "amount")]
    [InlineData(10, "XYZ", "Emea", "currency")]
    [InlineData(10, "USD", "Atlantis", "region")]
    [InlineData(10, "", "Emea", "currency")]
    public async Task A_bad_direct_booking_is_400_naming_the_field(decimal amount, string currency, string region, string field)
    {
        var answer = await _api.DirectAsync(amount, new DateOnly(2025, 1, 1), region, currency);
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
        answer.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_currency_without_a_rate_on_the_booking_date_is_422_naming_currency_and_date_and_nothing_is_written()
    {
        var before = await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.bookings");
        var answer = await _api.DirectAsync(10m, new DateOnly(2025, 1, 1), currency: "CHF");
        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("CHF");
        answer.Str("detail")!.ShouldContain("2025-01-01");
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.bookings")).ShouldBe(before);
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var content = new StringContent("{ \"amount\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await _api.Client.PostAsync($"{Base}/direct-bookings", content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_refund_below_zero_is_422_and_a_zero_or_reasonless_adjustment_is_400()
    {
        var partner = await _events.PartnerAsync();
        var booking = IdOf(await _api.BookingOfDealAsync(await _events.WonDealAsync(partner, 1_000m, new DateOnly(2025, 1, 10))));

        (await _api.AdjustAsync(booking, -1_000.01m)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var zero = await _api.AdjustAsync(booking, 0m);
        zero.Status.ShouldBe(HttpStatusCode.BadRequest);
        zero.ErrorFields.ShouldContain("amount");
        var noReason = await _api.AdjustAsync(booking, -10m, reason: "");
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReason.ErrorFields.ShouldContain("reason");
        (await _api.AdjustAsync(Guid.NewGuid(), -10m)).Status.ShouldBe(HttpStatusCode.NotFound);
        var future = await _api.Client.PostJson($"{Base}/bookings/{booking}/adjustments", new { amount = -10m, reason = "x", adjustedOn = service.Today.AddDays(5) });
        future.Status.ShouldBe(HttpStatusCode.BadRequest, future.ToString());
        future.ErrorFields.ShouldContain("adjustedOn");
        var beforeBooking = await _api.Client.PostJson($"{Base}/bookings/{booking}/adjustments", new { amount = -10m, reason = "x", adjustedOn = new DateOnly(2025, 1, 9) });
        beforeBooking.Status.ShouldBe(HttpStatusCode.BadRequest, beforeBooking.ToString());
        beforeBooking.ErrorFields.ShouldContain("adjustedOn");

        var full = await _api.AdjustAsync(booking, -1_000m, "Cancelled");
        full.Status.ShouldBe(HttpStatusCode.Created);
        Number(full.Body, "amount").ShouldBe(0m);
        Number(full.Body["compensation"]!, "amount").ShouldBe(0m);
    }

    [Fact]
    public async Task A_booking_adjusted_with_a_stale_version_is_412()
    {
        var created = await _api.DirectAsync(100m, new DateOnly(2025, 1, 1));
        var stale = await _api.Client.PostJson($"{Base}/bookings/{created.Id}/adjustments", new { amount = -1m, reason = "x" }, new Dictionary<string, string> { ["If-Match"] = "\"v7\"" });
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        var fresh = await _api.Client.PostJson($"{Base}/bookings/{created.Id}/adjustments", new { amount = -1m, reason = "x" }, new Dictionary<string, string> { ["If-Match"] = created.ETag! });
        fresh.Status.ShouldBe(HttpStatusCode.Created, fresh.ToString());
        Number(fresh.Body, "amount").ShouldBe(99m);
    }

    [Fact]
    public async Task A_booking_adjustment_carries_the_change_to_partner_in_the_event()
    {
        var partner = await _events.PartnerAsync("Technology");
        var booking = IdOf(await _api.BookingOfDealAsync(await _events.WonDealAsync(partner, 1_000m, new DateOnly(2025, 1, 10))));

        (await _api.AdjustAsync(booking, 200m, "Upsell correction")).Status.ShouldBe(HttpStatusCode.Created);

        var payload = await service.OutboxPayloadAsync("revenue.booking-adjusted", booking);
        payload.ShouldNotBeNull();
        payload.ShouldContain("\"amount\": 200");
        payload.ShouldContain("\"compensationChange\": 50");
    }
}
