using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Campaigns;

/// <summary>
/// Which partners take part in a DealRegistration campaign, from <c>dealreg.campaign-created</c>: an MDF
/// request may name only a campaign of its partner. An empty list means every partner may take part.
/// </summary>
public sealed class CampaignMembership
{
    private CampaignMembership()
    {
    }

    public Guid CampaignId { get; private set; }

    public List<Guid> PartnerIds { get; private set; } = [];

    public DateTimeOffset AsOf { get; private set; }

    public static CampaignMembership Created(Guid campaignId, IEnumerable<Guid> partnerIds, DateTimeOffset at) =>
        new() { CampaignId = campaignId, PartnerIds = [.. partnerIds.Distinct()], AsOf = at };

    public bool Includes(Guid partnerId) => PartnerIds.Count == 0 || PartnerIds.Contains(partnerId);

    /// <summary>
    /// 422 unless the partner is in the campaign. An unknown campaign (or one not projected yet) answers the same,
    /// so a partner cannot learn which campaigns of other partners exist.
    /// </summary>
    public static void EnsureIncludes(CampaignMembership? campaign, Guid campaignId, Guid partnerId)
    {
        if (campaign is null || !campaign.Includes(partnerId))
            throw new BusinessRuleViolationException(new CampaignMustIncludeThePartner(campaignId));
    }

    private sealed record CampaignMustIncludeThePartner(Guid CampaignId) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"campaignId '{CampaignId}' is not a campaign this partner belongs to.";
    }
}
