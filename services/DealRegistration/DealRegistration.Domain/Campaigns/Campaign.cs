using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Campaigns;

public enum CampaignType
{
    Webinar,
    Event,
    Email,
    Content,
    Other,
}

public sealed record CampaignCreated(Campaign Campaign, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A demand-generation campaign run with some partners; its leads and the deals they become roll up to it.</summary>
public sealed class Campaign : AggregateRoot
{
    private Campaign()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public CampaignType Type { get; private set; }

    public List<Guid> PartnerIds { get; private set; } = [];

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Campaign Create(string name, CampaignType type, IEnumerable<Guid> partnerIds, DateOnly startsOn, DateOnly endsOn, DateTimeOffset now)
    {
        if (endsOn < startsOn)
            throw new InvalidValueException("endsOn", "endsOn must not be before startsOn.");
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Type = type,
            PartnerIds = [.. partnerIds.Distinct()],
            StartsOn = startsOn,
            EndsOn = endsOn,
            CreatedAt = now,
        };
        // Revenue keeps who is in which campaign (an MDF request may name only its partner's campaign).
        campaign.Raise(new CampaignCreated(campaign, now));
        return campaign;
    }

    public bool Includes(Guid partnerId) => PartnerIds.Count == 0 || PartnerIds.Contains(partnerId);
}
