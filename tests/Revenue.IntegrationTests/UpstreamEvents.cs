using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Testing;

namespace Revenue.IntegrationTests;

/// <summary>
/// partner.* and dealreg.* events published to the broker as the Partner and DealRegistration services
/// would; the Apply helpers wait until Revenue's inbox has applied each message.
/// </summary>
public sealed class UpstreamEvents(RevenueServiceFixture service)
{
    public static readonly DateOnly LongAgo = new(2020, 1, 1);

    /// <summary>An active partner of the type, with a signed agreement in force since 2020 (20 % margin, 10 % commission, 15 % referral fee, 25 % revenue share).</summary>
    public async Task<Guid> PartnerAsync(
        string type = "Reseller", string tier = "Silver", decimal marginBonus = 2m, decimal mdfPercent = 3m, string region = "Emea", string? payoutCurrency = null,
        decimal margin = 20m)
    {
        var partnerId = Guid.CreateVersion7();
        await ApplyAsync(Activated(partnerId, type, tier, marginBonus, mdfPercent, region));
        await ApplyAsync(Agreement(partnerId, type, LongAgo, margin: margin, payoutCurrency: payoutCurrency));
        return partnerId;
    }

    /// <summary>An approved deal of the partner.</summary>
    public async Task<Guid> ApprovedDealAsync(Guid partnerId, decimal estimatedValue, DateOnly expectedClose, string currency = "USD")
    {
        var dealId = Guid.CreateVersion7();
        await ApplyAsync(Approved(dealId, partnerId, estimatedValue, expectedClose, currency));
        return dealId;
    }

    /// <summary>An approved deal, then won: Revenue books it (or keeps it pending when something it needs is missing).</summary>
    public async Task<Guid> WonDealAsync(Guid partnerId, decimal value, DateOnly closedOn, string currency = "USD")
    {
        var dealId = await ApprovedDealAsync(partnerId, value, closedOn, currency);
        await ApplyAsync(Won(dealId, partnerId, value, closedOn, currency));
        return dealId;
    }

    public async Task<Guid> LostDealAsync(Guid partnerId, decimal value, DateOnly expectedClose)
    {
        var dealId = await ApprovedDealAsync(partnerId, value, expectedClose);
        await ApplyAsync(new DealLost(Guid.NewGuid(), DateTimeOffset.UtcNow, dealId, partnerId, "Lost to competitor"));
        return dealId;
    }

    /// <summary>A DealRegistration campaign with these partners (none: open to every partner), applied by Revenue.</summary>
    public async Task<Guid> CampaignAsync(params Guid[] partnerIds)
    {
        var campaignId = Guid.CreateVersion7();
        await ApplyAsync(Campaign(campaignId, partnerIds));
        return campaignId;
    }

    public Task PublishAsync(IIntegrationEvent message, Guid? messageId = null) => EventProducer.PublishAsync(service.Broker.Amqp, message, messageId);

    public async Task ApplyAsync(IIntegrationEvent message, Guid? messageId = null)
    {
        await PublishAsync(message, messageId);
        await ConsumedAsync(messageId ?? message.EventId);
    }

    public Task ConsumedAsync(Guid messageId) => Eventually.True(() => service.ConsumedAsync(messageId), what: $"the inbox to apply message {messageId}");

    public static PartnerActivated Activated(Guid partnerId, string type = "Reseller", string tier = "Silver", decimal marginBonus = 2m, decimal mdfPercent = 3m, string region = "Emea", DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), at ?? DateTimeOffset.UtcNow.AddMinutes(-30), partnerId, $"Partner {partnerId.ToString("N")[..8]}", type, tier, region, "DE", at ?? DateTimeOffset.UtcNow, 60, marginBonus, mdfPercent);

    public static PartnerAgreementSigned Agreement(
        Guid partnerId, string type, DateOnly effectiveFrom, DateOnly? expiresOn = null, decimal margin = 20m, string? payoutCurrency = null) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, partnerId, Guid.CreateVersion7(), type,
            type is "Reseller" or "Msp" ? margin : null,
            type == "Referral" ? 10m : null,
            type == "SystemIntegrator" ? 15m : null,
            type == "Technology" ? 25m : null,
            effectiveFrom, expiresOn, payoutCurrency);

    public static PartnerTierChanged TierChanged(Guid partnerId, string from, string to, decimal marginBonus, decimal mdfPercent) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, partnerId, from, to, "Promoted", 90, marginBonus, mdfPercent);

    public static DealApproved Approved(Guid dealId, Guid partnerId, decimal value, DateOnly expectedClose, string currency = "USD") =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, dealId, partnerId, value, currency, expectedClose, DateTimeOffset.UtcNow.AddDays(90), 3.0, null);

    public static CampaignCreated Campaign(Guid campaignId, IReadOnlyList<Guid> partnerIds) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, campaignId, "Zero Trust webinar", "Webinar", partnerIds, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31));

    public static DealWon Won(Guid dealId, Guid partnerId, decimal value, DateOnly closedOn, string currency = "USD") =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, dealId, partnerId, value, currency, closedOn, null);
}
