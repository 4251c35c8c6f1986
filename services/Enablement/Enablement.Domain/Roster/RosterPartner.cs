namespace Enablement.Domain.Roster;

public enum PartnerTier
{
    Registered,
    Silver,
    Gold,
    Platinum,
}

/// <summary>
/// A partner as Enablement knows it from partner.* events: whether it is active (its reps may sit
/// exams) and its tier (which assets it sees). Newer news wins per part; termination is final.
/// </summary>
public sealed class RosterPartner
{
    private RosterPartner()
    {
    }

    public Guid PartnerId { get; private set; }

    public string? Name { get; private set; }

    public bool Active { get; private set; }

    public bool Terminated { get; private set; }

    public DateTimeOffset StatusAsOf { get; private set; }

    public PartnerTier Tier { get; private set; }

    /// <summary>The tier as a number (Registered 0 … Platinum 3) for "assets at or below the tier".</summary>
    public int TierRank { get; private set; }

    public DateTimeOffset TierAsOf { get; private set; }

    public static RosterPartner Unknown(Guid partnerId) =>
        new() { PartnerId = partnerId, StatusAsOf = DateTimeOffset.MinValue, TierAsOf = DateTimeOffset.MinValue };

    public void Activated(string name, PartnerTier tier, DateTimeOffset at)
    {
        Name = name;
        SetActive(true, at);
        SetTier(tier, at);
    }

    public void Suspended(DateTimeOffset at) => SetActive(false, at);

    public void Reactivated(DateTimeOffset at) => SetActive(true, at);

    public void Terminate(DateTimeOffset at)
    {
        Terminated = true;
        Active = false;
        StatusAsOf = at > StatusAsOf ? at : StatusAsOf;
    }

    public void TierChanged(PartnerTier tier, DateTimeOffset at) => SetTier(tier, at);

    private void SetActive(bool active, DateTimeOffset at)
    {
        if (Terminated || at <= StatusAsOf)
            return;
        Active = active;
        StatusAsOf = at;
    }

    private void SetTier(PartnerTier tier, DateTimeOffset at)
    {
        if (at <= TierAsOf)
            return;
        Tier = tier;
        TierRank = (int)tier;
        TierAsOf = at;
    }
}
