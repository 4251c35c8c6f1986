namespace DealRegistration.Domain.Partners;

public enum PartnerStatus
{
    Unknown,
    Active,
    Suspended,
    Terminated,
}

/// <summary>
/// What DealRegistration knows of a partner, from partner.* events. Events may arrive in any order
/// and more than once: each part keeps the time of the event that set it and ignores older news;
/// termination is final.
/// </summary>
public sealed class PartnerSnapshot
{
    private PartnerSnapshot()
    {
    }

    public Guid PartnerId { get; private set; }

    public string? Name { get; private set; }

    public string? Region { get; private set; }

    public PartnerStatus Status { get; private set; }

    public DateTimeOffset StatusAsOf { get; private set; }

    public string? Tier { get; private set; }

    public int ProtectionDays { get; private set; } = 60;

    public DateTimeOffset TierAsOf { get; private set; }

    public static PartnerSnapshot Unknown(Guid partnerId) =>
        new() { PartnerId = partnerId, Status = PartnerStatus.Unknown, StatusAsOf = DateTimeOffset.MinValue, TierAsOf = DateTimeOffset.MinValue };

    public void Activated(string name, string region, string tier, int protectionDays, DateTimeOffset at)
    {
        Name = name;
        Region = region;
        SetStatus(PartnerStatus.Active, at);
        SetTier(tier, protectionDays, at);
    }

    public void Suspended(DateTimeOffset at) => SetStatus(PartnerStatus.Suspended, at);

    public void Reactivated(DateTimeOffset at) => SetStatus(PartnerStatus.Active, at);

    public void Terminated(DateTimeOffset at)
    {
        Status = PartnerStatus.Terminated;
        StatusAsOf = at > StatusAsOf ? at : StatusAsOf;
    }

    public void TierChanged(string tier, int protectionDays, DateTimeOffset at) => SetTier(tier, protectionDays, at);

    private void SetStatus(PartnerStatus status, DateTimeOffset at)
    {
        if (Status == PartnerStatus.Terminated || at <= StatusAsOf)
            return;
        Status = status;
        StatusAsOf = at;
    }

    private void SetTier(string tier, int protectionDays, DateTimeOffset at)
    {
        if (at <= TierAsOf)
            return;
        Tier = tier;
        ProtectionDays = protectionDays;
        TierAsOf = at;
    }
}
