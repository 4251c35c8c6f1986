using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Contracts.Revenue;
using Types = Webhooks.Domain.Endpoints.WebhookEventTypes;

namespace Webhooks.Application.Events;

/// <summary>
/// Everything partners can receive, in one place: integration event → webhook type and the partner it belongs to.
/// Every source event names exactly one partner, and only that partner's endpoints get it.
/// </summary>
public static class WebhookEventMap
{
    public static WebhookEvent From(IIntegrationEvent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            DealRegistered e => Make(Types.DealSubmitted, e.PartnerId, e),
            DealApproved e => Make(Types.DealApproved, e.PartnerId, e),
            DealRejected e => Make(Types.DealRejected, e.PartnerId, e),
            DealWon e => Make(Types.DealWon, e.PartnerId, e),
            DealLost e => Make(Types.DealLost, e.PartnerId, e),
            DealExpired e => Make(Types.DealExpired, e.PartnerId, e),
            DealSlaAtRisk e => Make(Types.DealSlaAtRisk, e.PartnerId, e),
            DealSlaBreached e => Make(Types.DealSlaBreached, e.PartnerId, e),
            LeadAssigned e => Make(Types.LeadAssigned, e.PartnerId, e),
            LeadExpired e => Make(Types.LeadExpired, e.PartnerId, e),
            CoSellAssigned e => Make(Types.CoSellAssigned, e.PartnerId, e),
            CoSellCompleted e => Make(Types.CoSellCompleted, e.PartnerId, e),
            CertificationEarned e => Make(Types.CertificationEarned, e.PartnerId, e),
            CertificationExpired e => Make(Types.CertificationExpired, e.PartnerId, e),
            PartnerTierChanged e => Make(Types.PartnerTierChanged, e.PartnerId, e),
            PayoutApproved e => Make(Types.PayoutApproved, e.PartnerId, e),
            PayoutPaid e => Make(Types.PayoutPaid, e.PartnerId, e),
            MdfRequestApproved e => Make(Types.MdfRequestDecided, e.PartnerId, e, "Approved"),
            MdfRequestRejected e => Make(Types.MdfRequestDecided, e.PartnerId, e, "Rejected"),
            MdfClaimApproved e => Make(Types.MdfClaimDecided, e.PartnerId, e, e.ApprovedAmount < e.ClaimedAmount ? "ShortPaid" : "Approved"),
            _ => throw new ArgumentException($"{message.GetType().Name} is not a deliverable event.", nameof(message)),
        };
    }

    /// <param name="decision">For the decided types, which decision it was (one webhook type covers several events).</param>
    private static WebhookEvent Make(string type, Guid partnerId, IIntegrationEvent e, string? decision = null)
    {
        var data = JsonSerializer.SerializeToNode(e, e.GetType(), JsonSerializerOptions.Web)!.AsObject();
        if (decision is not null)
            data["decision"] = decision;
        return new WebhookEvent(type, partnerId, e.EventId, e.OccurredAt, data);
    }
}
