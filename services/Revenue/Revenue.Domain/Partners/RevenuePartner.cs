namespace Revenue.Domain.Partners;

/// <summary>
/// A partner as Revenue knows it from partner.* events: type, region, status and its tier's money terms
/// (margin bonus, MDF percent). Order-tolerant: newer news wins per part; termination is final. The money
/// terms come from the partner's tier change or from a later edit of its tier's program, whichever is newer.
/// </summary>
public sealed class RevenuePartner
{
    private RevenuePartner()
    {
    }

    public Guid PartnerId { get; private set; }

    public string? Name { get; private set; }

    public PartnerType? Type { get; private set; }

    public Region? Region { get; private set; }

    /// <summary>Known once partner.activated (or a tier change) arrived: a booking needs the tier's margin bonus.</summary>
    public PartnerTier? Tier { get; private set; }

    public decimal MarginBonusPercent { get; private set; }

    public decimal MdfPercent { get; private set; }

    public DateTimeOffset TierAsOf { get; private set; }

    /// <summary>When the money terms were set: by a tier change, or by a later edit of the tier's program.</summary>
    public DateTimeOffset TermsAsOf { get; private set; }

    public bool Active { get; private set; }

    public bool Terminated { get; private set; }

    public DateTimeOffset StatusAsOf { get; private set; }

    public static RevenuePartner Unknown(Guid partnerId) =>
        new()
        {
            PartnerId = partnerId, StatusAsOf = DateTimeOffset.MinValue, TierAsOf = DateTimeOffset.MinValue, TermsAsOf = DateTimeOffset.MinValue,
        };

    public void Activated(
        string name, PartnerType type, Region region, PartnerTier tier, decimal marginBonusPercent, decimal mdfPercent, DateTimeOffset at, TierBenefits? program = null)
    {
        Name = name;
        Type = type;
        Region = region;
        SetActive(true, at);
        SetTier(tier, marginBonusPercent, mdfPercent, at, program);
    }

    public void TierChanged(PartnerTier tier, decimal marginBonusPercent, decimal mdfPercent, DateTimeOffset at, TierBenefits? program = null) =>
        SetTier(tier, marginBonusPercent, mdfPercent, at, program);

    /// <summary>The tier's program was edited: a partner on that tier takes the new terms unless it knows newer ones.</summary>
    public void TierProgramUpdated(PartnerTier tier, decimal marginBonusPercent, decimal mdfPercent, DateTimeOffset at)
    {
        if (Tier != tier || at <= TermsAsOf)
            return;
        MarginBonusPercent = marginBonusPercent;
        MdfPercent = mdfPercent;
        TermsAsOf = at;
    }

    public void Suspended(DateTimeOffset at) => SetActive(false, at);

    public void Reactivated(DateTimeOffset at) => SetActive(true, at);

    public void Terminate(DateTimeOffset at)
    {
        Terminated = true;
        Active = false;
        StatusAsOf = at > StatusAsOf ? at : StatusAsOf;
    }

    private void SetActive(bool active, DateTimeOffset at)
    {
        if (Terminated || at <= StatusAsOf)
            return;
        Active = active;
        StatusAsOf = at;
    }

    private void SetTier(PartnerTier tier, decimal marginBonusPercent, decimal mdfPercent, DateTimeOffset at, TierBenefits? program)
    {
        if (at <= TierAsOf)
            return;
        Tier = tier;
        TierAsOf = at;
        // The event carries the tier's terms as they were when it happened; an edit of the tier made later wins.
        var edited = program is not null && program.Tier == tier && program.UpdatedAt > at;
        MarginBonusPercent = edited ? program!.MarginBonusPercent : marginBonusPercent;
        MdfPercent = edited ? program!.MdfPercent : mdfPercent;
        TermsAsOf = edited ? program!.UpdatedAt : at;
    }
}
