namespace Webhooks.Domain.Endpoints;

/// <summary>The event types a partner can subscribe an endpoint to (CONTRACT.md "Webhooks service").</summary>
public static class WebhookEventTypes
{
    public const string DealSubmitted = "deal.submitted";
    public const string DealApproved = "deal.approved";
    public const string DealRejected = "deal.rejected";
    public const string DealWon = "deal.won";
    public const string DealLost = "deal.lost";
    public const string DealExpired = "deal.expired";
    public const string DealSlaAtRisk = "deal.sla-at-risk";
    public const string DealSlaBreached = "deal.sla-breached";
    public const string LeadAssigned = "lead.assigned";
    public const string LeadExpired = "lead.expired";
    public const string CoSellAssigned = "cosell.assigned";
    public const string CoSellCompleted = "cosell.completed";
    public const string CertificationEarned = "certification.earned";
    public const string CertificationExpired = "certification.expired";
    public const string PartnerTierChanged = "partner.tier-changed";
    public const string PayoutApproved = "payout.approved";
    public const string PayoutPaid = "payout.paid";
    public const string MdfRequestDecided = "mdf.request-decided";
    public const string MdfClaimDecided = "mdf.claim-decided";

    public static readonly IReadOnlyList<string> All =
    [
        DealSubmitted, DealApproved, DealRejected, DealWon, DealLost, DealExpired, DealSlaAtRisk, DealSlaBreached,
        LeadAssigned, LeadExpired, CoSellAssigned, CoSellCompleted, CertificationEarned, CertificationExpired,
        PartnerTierChanged, PayoutApproved, PayoutPaid, MdfRequestDecided, MdfClaimDecided,
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
