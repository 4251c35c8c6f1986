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
/// termination is final. The protection days come from the partner's tier change or from a later
/// edit of its tier's program, whichever is newer.
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

    /// <summary>When <see cref="ProtectionDays"/> was set: by a tier change, or by a later edit of the tier's program.</summary>
    public DateTimeOffset TermsAsOf { get; private set; }

    public static PartnerSnapshot Unknown(Guid partnerId) =>
        new()
        {
            PartnerId = partnerId, Status = PartnerStatus.Unknown, StatusAsOf = DateTimeOffset.MinValue,
            TierAsOf = DateTimeOffset.MinValue, TermsAsOf = DateTimeOffset.MinValue,
        };

    public void Activated(string name, string region, string tier, int protectionDays, DateTimeOffset at, TierBenefits? program = null)
    {
        Name = name;
        Region = region;
        SetStatus(PartnerStatus.Active, at);
        SetTier(tier, protectionDays, at, program);
    }

    public void Suspended(DateTimeOffset at) => SetStatus(PartnerStatus.Suspended, at);

    public void Reactivated(DateTimeOffset at) => SetStatus(PartnerStatus.Active, at);

    public void Terminated(DateTimeOffset at)
    {
        Status = PartnerStatus.Terminated;
        StatusAsOf = at > StatusAsOf ? at : StatusAsOf;
    }

    public void TierChanged(string tier, int protectionDays, DateTimeOffset at, TierBenefits? program = null) =>
        SetTier(tier, protectionDays, at, program);

    /// <summary>The tier's program was edited: a partner on that tier takes the new days unless it knows newer ones.</summary>
    public void TierProgramUpdated(string tier, int protectionDays, DateTimeOffset at)
    {
        if (!string.Equals(Tier, tier, StringComparison.Ordinal) || at <= TermsAsOf)
            return;
        ProtectionDays = protectionDays;
        TermsAsOf = at;
    }

    private void SetStatus(PartnerStatus status, DateTimeOffset at)
    {
        if (Status == PartnerStatus.Terminated || at <= StatusAsOf)
            return;
        Status = status;
        StatusAsOf = at;
    }

    private void SetTier(string tier, int protectionDays, DateTimeOffset at, TierBenefits? program)
    {
        if (at <= TierAsOf)
            return;
        Tier = tier;
        TierAsOf = at;
        // The event carries the tier's days as they were when it happened; an edit of the tier made later wins.
        var edited = program is not null && string.Equals(program.Tier, tier, StringComparison.Ordinal) && program.UpdatedAt > at;
        ProtectionDays = edited ? program!.ProtectionDays : protectionDays;
        TermsAsOf = edited ? program!.UpdatedAt : at;
    }
}
