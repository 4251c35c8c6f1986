using System.Net;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Contracts.Revenue;
using ChannelPlatform.Testing;

namespace ChannelPlatform.Messaging.Tests.Support;

/// <summary>Partners created through the public API, and the events other services would send about them.</summary>
public static class PartnerRequests
{
    public const string ProspectCreated = "partner.prospect-created";
    public const string RevenueBookedExchange = "revenue.booked";
    public const string BookedQueue = "partner.booked";
    public const string BookedErrorQueue = "partner.booked_error";

    public static object NewPartner() => new
    {
        name = $"Partner {Guid.NewGuid():N}"[..20],
        type = "Reseller",
        website = $"https://www.p-{Guid.NewGuid():N}.example/",
        region = "Emea",
        country = "DE",
        salesTeamSize = 25,
    };

    public static async Task<Guid> CreateProspectAsync(this HttpClient manager)
    {
        var created = await manager.PostJson("/api/v1/partners", NewPartner());
        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        return created.Id;
    }

    public static async Task<decimal> TrailingRevenueAsync(this HttpClient manager, Guid partnerId)
    {
        var evaluation = await manager.GetJson($"/api/v1/partners/{partnerId}/tier-evaluation");
        evaluation.Status.ShouldBe(HttpStatusCode.OK, evaluation.ToString());
        return evaluation.Body["trailingTwelveMonthRevenue"]!.GetValue<decimal>();
    }

    /// <summary>A booking as Revenue publishes it: its event id is the message id and the revenue entry's id.</summary>
    public static RevenueBooked Booking(Guid partnerId, decimal amount = 1234.50m, string currency = "EUR") => new(
        EventId: Guid.NewGuid(),
        OccurredAt: DateTimeOffset.UtcNow,
        BookingId: Guid.NewGuid(),
        PartnerId: partnerId,
        DealId: Guid.NewGuid(),
        Amount: amount,
        Currency: currency,
        BookedOn: DateOnly.FromDateTime(DateTime.UtcNow),
        CompensationAmount: 100m);

    /// <summary>A prospect-created event as the Partner service's outbox writer would store it.</summary>
    public static PartnerProspectCreated ProspectEvent(Guid partnerId) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, partnerId, $"Direct {partnerId:N}"[..20], "Reseller", "Emea");

    public static Func<System.Text.Json.Nodes.JsonNode, bool> ForPartner(Guid partnerId) => ForeignConsumer.ForPartner(partnerId);
}
