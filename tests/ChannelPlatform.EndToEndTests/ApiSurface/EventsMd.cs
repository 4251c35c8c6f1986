namespace ChannelPlatform.EndToEndTests.ApiSurface;

/// <summary>The event table of EVENTS.md (exchange → event, producer, fields beside eventId and occurredAt), as the public contract states it.</summary>
internal static class EventsMd
{
    public static readonly IReadOnlyDictionary<string, (string Event, string Producer, string[] Fields)> Exchanges = new Dictionary<string, (string, string, string[])>
    {
        ["partner.prospect-created"] = ("PartnerProspectCreated", "Partner", ["partnerId", "name", "type", "region"]),
        ["partner.activated"] = ("PartnerActivated", "Partner", ["partnerId", "name", "type", "tier", "region", "country", "activatedAt", "protectionDays", "marginBonusPercent", "mdfPercent"]),
        ["partner.suspended"] = ("PartnerSuspended", "Partner", ["partnerId", "reason"]),
        ["partner.reactivated"] = ("PartnerReactivated", "Partner", ["partnerId"]),
        ["partner.terminated"] = ("PartnerTerminated", "Partner", ["partnerId", "reason"]),
        ["partner.tier-changed"] = ("PartnerTierChanged", "Partner", ["partnerId", "fromTier", "toTier", "reason", "protectionDays", "marginBonusPercent", "mdfPercent"]),
        ["partner.tier-program-updated"] = ("TierProgramUpdated", "Partner", ["tier", "minTrailingRevenue", "minCertifiedReps", "marginBonusPercent", "mdfPercent", "protectionDays"]),
        ["partner.agreement-signed"] = ("PartnerAgreementSigned", "Partner", ["partnerId", "agreementId", "partnerType", "marginPercent", "commissionPercent", "referralFeePercent", "revenueSharePercent", "effectiveFrom", "expiresOn", "payoutCurrency"]),
        ["partner.contact-added"] = ("PartnerContactAdded", "Partner", ["partnerId", "contactId", "firstName", "lastName", "email", "role"]),
        ["partner.contact-deactivated"] = ("PartnerContactDeactivated", "Partner", ["partnerId", "contactId"]),
        ["dealreg.deal-registered"] = ("DealRegistered", "DealRegistration", ["dealId", "partnerId", "customer", "products", "estimatedValue", "currency", "expectedCloseDate", "campaignId", "conflictCount"]),
        ["dealreg.deal-approved"] = ("DealApproved", "DealRegistration", ["dealId", "partnerId", "estimatedValue", "currency", "expectedCloseDate", "protectionExpiresAt", "decisionHours", "campaignId"]),
        ["dealreg.deal-rejected"] = ("DealRejected", "DealRegistration", ["dealId", "partnerId", "reason", "decisionHours"]),
        ["dealreg.deal-sla-at-risk"] = ("DealSlaAtRisk", "DealRegistration", ["dealId", "partnerId", "decisionDueAt"]),
        ["dealreg.deal-sla-breached"] = ("DealSlaBreached", "DealRegistration", ["dealId", "partnerId", "decisionDueAt"]),
        ["dealreg.deal-won"] = ("DealWon", "DealRegistration", ["dealId", "partnerId", "actualValue", "currency", "closedOn", "campaignId"]),
        ["dealreg.deal-lost"] = ("DealLost", "DealRegistration", ["dealId", "partnerId", "reason"]),
        ["dealreg.deal-expired"] = ("DealExpired", "DealRegistration", ["dealId", "partnerId"]),
        ["dealreg.cosell-requested"] = ("CoSellRequested", "DealRegistration", ["dealId", "partnerId", "requestId", "type"]),
        ["dealreg.lead-assigned"] = ("LeadAssigned", "DealRegistration", ["leadId", "campaignId", "partnerId"]),
        ["dealreg.campaign-created"] = ("CampaignCreated", "DealRegistration", ["campaignId", "name", "type", "partnerIds", "startsOn", "endsOn"]),
        ["enablement.course-completed"] = ("CourseCompleted", "Enablement", ["contactId", "partnerId", "courseId", "completedOn"]),
        ["enablement.certification-earned"] = ("CertificationEarned", "Enablement", ["repCertificationId", "contactId", "partnerId", "certificationId", "issuedOn", "expiresOn"]),
        ["enablement.certification-expired"] = ("CertificationExpired", "Enablement", ["repCertificationId", "contactId", "partnerId", "certificationId"]),
        ["revenue.booked"] = ("RevenueBooked", "Revenue", ["bookingId", "partnerId", "dealId", "amount", "currency", "bookedOn", "compensationAmount"]),
        ["revenue.booking-adjusted"] = ("BookingAdjusted", "Revenue", ["bookingId", "partnerId", "dealId", "amount", "currency", "adjustedOn", "compensationChange"]),
        ["revenue.payout-paid"] = ("PayoutPaid", "Revenue", ["payoutId", "partnerId", "quarter", "amount", "currency", "paidOn"]),
        ["revenue.mdf-request-approved"] = ("MdfRequestApproved", "Revenue", ["requestId", "partnerId", "campaignId", "approvedAmount"]),
        ["revenue.mdf-claim-reimbursed"] = ("MdfClaimReimbursed", "Revenue", ["claimId", "requestId", "partnerId", "amount", "paidOn"]),
        ["webhooks.endpoint-disabled"] = ("WebhookEndpointDisabled", "Webhooks", ["endpointId", "partnerId", "url", "lastError", "disabledAt"]),
        // Added by issue 14 for the Webhooks service (documented in the Contracts README until EVENTS.md takes them).
        ["dealreg.lead-expired"] = ("LeadExpired", "DealRegistration", ["leadId", "campaignId", "partnerId"]),
        ["dealreg.cosell-assigned"] = ("CoSellAssigned", "DealRegistration", ["dealId", "partnerId", "requestId", "type", "salesEngineer"]),
        ["dealreg.cosell-completed"] = ("CoSellCompleted", "DealRegistration", ["dealId", "partnerId", "requestId", "type", "salesEngineer", "outcome"]),
        ["revenue.payout-approved"] = ("PayoutApproved", "Revenue", ["payoutId", "partnerId", "quarter", "amount", "currency"]),
        ["revenue.mdf-request-rejected"] = ("MdfRequestRejected", "Revenue", ["requestId", "partnerId", "campaignId", "requestedAmount", "currency", "reason"]),
        ["revenue.mdf-claim-approved"] = ("MdfClaimApproved", "Revenue", ["claimId", "requestId", "partnerId", "claimedAmount", "approvedAmount", "currency", "shortPayReason"]),
    };
}
