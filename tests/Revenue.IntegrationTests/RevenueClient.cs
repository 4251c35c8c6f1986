using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;

namespace Revenue.IntegrationTests;

/// <summary>The Revenue routes the tests call, in one place.</summary>
public sealed class RevenueClient(HttpClient client)
{
    public const string Base = "/api/v1/revenue";

    public HttpClient Client => client;

    public Task<Answer> BookingsAsync(string query = "") => client.GetJson($"{Base}/bookings{query}");

    /// <summary>The partner booking of a deal, once the win has been applied.</summary>
    public async Task<JsonNode> BookingOfDealAsync(Guid dealId)
    {
        var list = await BookingsAsync($"?dealId={dealId}");
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        var items = list.Body["items"]!.AsArray();
        items.Count.ShouldBe(1, $"deal {dealId} has one booking");
        return items[0]!;
    }

    public Task<Answer> DirectAsync(decimal amount, DateOnly bookedOn, string region = "Emea", string currency = "USD") =>
        client.PostJson($"{Base}/direct-bookings", new { amount, currency, bookedOn, region, description = "Direct sale" });

    public Task<Answer> SetRateAsync(string currency, DateOnly date, decimal rate) =>
        client.PutJson($"{Base}/exchange-rates/{currency}/{date:yyyy-MM-dd}", new { rate });

    public Task<Answer> PendingWinsAsync(Guid partnerId) => client.GetJson($"{Base}/pending-wins?partnerId={partnerId}");

    public Task<Answer> AdjustAsync(Guid bookingId, decimal amount, string reason = "Refund") =>
        client.PostJson($"{Base}/bookings/{bookingId}/adjustments", new { amount, reason });

    public Task<Answer> PayoutAsync(Guid partnerId, string quarter) => client.PostJson($"{Base}/payouts", new { partnerId, quarter });

    public Task<Answer> ApprovePayoutAsync(Guid id) => client.PostJson($"{Base}/payouts/{id}/approve", new { });

    public Task<Answer> MarkPaidAsync(Guid id, DateOnly paidOn) => client.PostJson($"{Base}/payouts/{id}/mark-paid", new { paidOn, reference = "WIRE-1" });

    /// <summary>Built, approved and paid; returns the paid payout.</summary>
    public async Task<Answer> PaidPayoutAsync(Guid partnerId, string quarter, DateOnly paidOn)
    {
        var built = await PayoutAsync(partnerId, quarter);
        built.Status.ShouldBe(HttpStatusCode.Created, built.ToString());
        (await ApprovePayoutAsync(built.Id)).Status.ShouldBe(HttpStatusCode.OK);
        var paid = await MarkPaidAsync(built.Id, paidOn);
        paid.Status.ShouldBe(HttpStatusCode.OK, paid.ToString());
        return paid;
    }

    public static decimal Number(JsonNode node, string property) => node[property]!.GetValue<decimal>();

    public static Guid IdOf(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    public static string QuarterOf(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{((date.Month - 1) / 3) + 1}");
}
