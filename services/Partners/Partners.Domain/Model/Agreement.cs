using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

/// <summary>A partner agreement: drafted, signed (Active), later superseded by a newer signed one.</summary>
public sealed class Agreement : Entity
{
    public const int DefaultTermMonths = 12;

    private Agreement()
    {
    }

    internal Agreement(Guid partnerId, DateOnly effectiveFrom, int termMonths, AgreementTerms terms, Currency payoutCurrency, DateTimeOffset now)
    {
        if (termMonths is < 1 or > 60)
            throw new InvalidValueException("termMonths", "termMonths must be between 1 and 60.");
        Id = Guid.CreateVersion7();
        PartnerId = partnerId;
        EffectiveFrom = effectiveFrom;
        TermMonths = termMonths;
        ExpiresOn = effectiveFrom.AddMonths(termMonths).AddDays(-1);
        MarginPercent = terms.MarginPercent;
        CommissionPercent = terms.CommissionPercent;
        ReferralFeePercent = terms.ReferralFeePercent;
        RevenueSharePercent = terms.RevenueSharePercent;
        PayoutCurrency = payoutCurrency.Code;
        Status = AgreementStatus.Draft;
        CreatedAt = now;
    }

    public Guid PartnerId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public int TermMonths { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public decimal? MarginPercent { get; private set; }

    public decimal? CommissionPercent { get; private set; }

    public decimal? ReferralFeePercent { get; private set; }

    public decimal? RevenueSharePercent { get; private set; }

    /// <summary>ISO 4217 code the partner's compensation under this agreement is paid in (ADR 0013).</summary>
    public string PayoutCurrency { get; private set; } = string.Empty;

    public AgreementStatus Status { get; private set; }

    public string? SignedBy { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    internal void Sign(string signedBy, DateTimeOffset now)
    {
        if (Status != AgreementStatus.Draft)
            throw new InvalidTransitionException($"Agreement {Id} is {Status}; only a Draft agreement can be signed.");
        Status = AgreementStatus.Active;
        SignedBy = signedBy;
        SignedAt = now;
    }

    internal void Supersede() => Status = AgreementStatus.Superseded;
}
