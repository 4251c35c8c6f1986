using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Leads;

public enum LeadStatus
{
    New,
    Assigned,
    Accepted,
    Converted,
    Declined,
    Expired,
}

public sealed record LeadAssignedEvent(Lead Lead, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Carries the partner the lead was assigned to: the lead itself is back in the pool, without one.</summary>
public sealed record LeadExpiredEvent(Lead Lead, Guid PartnerId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record LeadConverted(Lead Lead, Guid DealId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// A campaign lead offered to partners: New → Assigned → Accepted → Converted. A decline, or 72 h
/// without acceptance, puts it back in the pool, and that partner is never offered it again.
/// </summary>
public sealed class Lead : AggregateRoot
{
    public static readonly TimeSpan AcceptWithin = TimeSpan.FromHours(72);

    private Lead()
    {
    }

    public Guid CampaignId { get; private set; }

    public string CompanyName { get; private set; } = string.Empty;

    public string? Domain { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string Country { get; private set; } = string.Empty;

    public LeadStatus Status { get; private set; }

    public Guid? PartnerId { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public Guid? ConvertedDealId { get; private set; }

    /// <summary>Partners that declined or let the lead expire: never offered it again.</summary>
    public List<Guid> ExcludedPartnerIds { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public bool InPool => Status is LeadStatus.New or LeadStatus.Declined or LeadStatus.Expired;

    public static Lead Import(Guid campaignId, string companyName, string? domain, string contactName, string email, string country, DateTimeOffset now)
    {
        var lead = new Lead
        {
            Id = Guid.CreateVersion7(),
            CampaignId = campaignId,
            CompanyName = companyName.Trim(),
            Domain = Conflicts.CustomerDomain.Normalize(domain),
            ContactName = contactName.Trim(),
            Email = email.Trim().ToLowerInvariant(),
            Country = country.Trim().ToUpperInvariant(),
            Status = LeadStatus.New,
            CreatedAt = now,
        };
        lead.IncrementVersion();
        return lead;
    }

    public void Assign(Guid partnerId, DateTimeOffset now)
    {
        if (!InPool)
            throw new InvalidTransitionException($"Lead is {Status}; only a lead in the pool (New, Declined or Expired) can be assigned.");
        CheckRule(new LeadIsNeverOfferedAgainToAPartnerThatPassed(ExcludedPartnerIds, partnerId));
        Status = LeadStatus.Assigned;
        PartnerId = partnerId;
        AssignedAt = now;
        AcceptedAt = null;
        DeclineReason = null;
        Raise(new LeadAssignedEvent(this, now));
    }

    public void Accept(DateTimeOffset now)
    {
        if (Status != LeadStatus.Assigned)
            throw new InvalidTransitionException($"Lead is {Status}; only an Assigned lead can be accepted.");
        CheckRule(new LeadMustBeAcceptedWithin72Hours(AssignedAt!.Value + AcceptWithin, now));
        Status = LeadStatus.Accepted;
        AcceptedAt = now;
        IncrementVersion();
    }

    public void Decline(string reason, DateTimeOffset now)
    {
        if (Status is not (LeadStatus.Assigned or LeadStatus.Accepted))
            throw new InvalidTransitionException($"Lead is {Status}; only an Assigned or Accepted lead can be declined.");
        ReturnToPool(LeadStatus.Declined);
        DeclineReason = reason.Trim();
        IncrementVersion();
    }

    /// <summary>Assigned and not accepted within 72 h: back to the pool.</summary>
    public bool ExpireIfUnaccepted(DateTimeOffset now)
    {
        if (Status != LeadStatus.Assigned || AssignedAt + AcceptWithin > now)
            return false;
        var partnerId = PartnerId!.Value;
        ReturnToPool(LeadStatus.Expired);
        Raise(new LeadExpiredEvent(this, partnerId, now));
        return true;
    }

    public void MarkConverted(Guid dealId, DateTimeOffset now)
    {
        if (Status != LeadStatus.Accepted)
            throw new InvalidTransitionException($"Lead is {Status}; only an Accepted lead can be converted to a deal.");
        Status = LeadStatus.Converted;
        ConvertedDealId = dealId;
        Raise(new LeadConverted(this, dealId, now));
    }

    private void ReturnToPool(LeadStatus status)
    {
        if (PartnerId is { } partner && !ExcludedPartnerIds.Contains(partner))
            ExcludedPartnerIds.Add(partner);
        Status = status;
        PartnerId = null;
        AssignedAt = null;
        AcceptedAt = null;
    }

    private sealed record LeadMustBeAcceptedWithin72Hours(DateTimeOffset AcceptBy, DateTimeOffset Now) : IBusinessRule
    {
        public bool IsBroken() => Now > AcceptBy;

        public string Message => $"The lead had to be accepted by {AcceptBy:O}; it returns to the pool.";
    }

    private sealed record LeadIsNeverOfferedAgainToAPartnerThatPassed(IReadOnlyCollection<Guid> Excluded, Guid PartnerId) : IBusinessRule
    {
        public bool IsBroken() => Excluded.Contains(PartnerId);

        public string Message => "This partner declined the lead or let it expire; it is not offered to them again.";
    }
}
