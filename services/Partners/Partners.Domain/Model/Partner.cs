using ChannelPlatform.SharedKernel;
using Partners.Domain.Tiers;

namespace Partners.Domain.Model;

/// <summary>
/// A channel partner through its life: Prospect → Qualified | Declined → Onboarding → Active ⇄
/// Suspended → Terminated, with its agreements, contacts and program tier.
/// </summary>
public sealed partial class Partner : AggregateRoot
{
    private readonly List<Agreement> _agreements = [];
    private readonly List<Contact> _contacts = [];

    private Partner()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public PartnerType Type { get; private set; }

    public string Website { get; private set; } = string.Empty;

    public string Domain { get; private set; } = string.Empty;

    public Region Region { get; private set; }

    public string Country { get; private set; } = string.Empty;

    public int SalesTeamSize { get; private set; }

    public List<string> Specializations { get; private set; } = [];

    public PartnerStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    /// <summary>Null until activation, when it becomes Registered.</summary>
    public PartnerTier? Tier { get; private set; }

    /// <summary>A manual override holds the tier against automatic changes until the next quarterly review.</summary>
    public bool TierPinned { get; private set; }

    public FitEvaluation? Evaluation { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? TerminatedAt { get; private set; }

    public IReadOnlyList<Agreement> Agreements => _agreements;

    public IReadOnlyList<Contact> Contacts => _contacts;

    public static Partner Prospect(string name, PartnerType type, string website, Region region, string country, int salesTeamSize, IEnumerable<string>? specializations, DateTimeOffset now)
    {
        if (salesTeamSize < 0)
            throw new InvalidValueException("salesTeamSize", "salesTeamSize must not be negative.");
        var partner = new Partner
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Type = type,
            Website = website.Trim(),
            Domain = Model.Website.ToDomain(website),
            Region = region,
            Country = country.Trim().ToUpperInvariant(),
            SalesTeamSize = salesTeamSize,
            Specializations = [.. (specializations ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            Status = PartnerStatus.Prospect,
            CreatedAt = now,
        };
        partner.Raise(new PartnerProspectCreated(partner, now));
        return partner;
    }

    /// <summary>Scores the fit; 60 or more qualifies, less declines. A declined partner may be evaluated again.</summary>
    public FitEvaluation Evaluate(FitScores scores, string? notes, DateTimeOffset now)
    {
        if (Status is not (PartnerStatus.Prospect or PartnerStatus.Declined))
            throw new InvalidTransitionException($"Partner is {Status}; only a Prospect or Declined partner can be evaluated.");
        Evaluation = new FitEvaluation(scores, scores.FitScore, notes?.Trim(), now);
        Status = scores.Qualifies ? PartnerStatus.Qualified : PartnerStatus.Declined;
        Raise(new PartnerEvaluated(this, Evaluation.FitScore, scores.Qualifies, now));
        return Evaluation;
    }

    /// <summary>Drafts an agreement: a Qualified partner starts onboarding; an active partner renewing stays Active.</summary>
    public Agreement DraftAgreement(DateOnly effectiveFrom, int? termMonths, AgreementTerms terms, Currency payoutCurrency, DateTimeOffset now)
    {
        if (Status is not (PartnerStatus.Qualified or PartnerStatus.Onboarding or PartnerStatus.Active))
            throw new InvalidTransitionException($"Partner is {Status}; agreements are drafted for Qualified, Onboarding or Active partners.");
        var agreement = new Agreement(Id, effectiveFrom, termMonths ?? Agreement.DefaultTermMonths, terms, payoutCurrency, now);
        _agreements.Add(agreement);
        if (Status == PartnerStatus.Qualified)
            Status = PartnerStatus.Onboarding;
        Raise(new AgreementDrafted(this, agreement, now));
        return agreement;
    }

    /// <summary>Signing makes the agreement Active and supersedes the earlier one; the first signature activates the partner.</summary>
    public Agreement SignAgreement(Guid agreementId, string signedBy, TierDefinition registered, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(registered);
        if (Status is not (PartnerStatus.Onboarding or PartnerStatus.Active))
            throw new InvalidTransitionException($"Partner is {Status}; agreements are signed while Onboarding or Active.");
        var agreement = _agreements.SingleOrDefault(a => a.Id == agreementId)
            ?? throw new KeyNotFoundException($"Agreement '{agreementId}' was not found.");
        agreement.Sign(signedBy.Trim(), now);
        foreach (var earlier in _agreements.Where(a => a.Id != agreementId && a.Status == AgreementStatus.Active))
            earlier.Supersede();
        Raise(new AgreementSigned(this, agreement, now));
        if (Status == PartnerStatus.Onboarding)
        {
            Status = PartnerStatus.Active;
            Tier = PartnerTier.Registered;
            ActivatedAt = now;
            StatusReason = null;
            Raise(new PartnerActivated(this, registered, now));
        }

        return agreement;
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        if (Status != PartnerStatus.Active)
            throw new InvalidTransitionException($"Partner is {Status}; only an Active partner can be suspended.");
        Status = PartnerStatus.Suspended;
        StatusReason = reason.Trim();
        Raise(new PartnerSuspended(this, StatusReason, now));
    }

    public void Reactivate(string reason, DateTimeOffset now)
    {
        if (Status != PartnerStatus.Suspended)
            throw new InvalidTransitionException($"Partner is {Status}; only a Suspended partner can be reactivated.");
        Status = PartnerStatus.Active;
        StatusReason = null;
        Raise(new PartnerReactivated(this, reason.Trim(), now));
    }

    public void Terminate(string reason, DateTimeOffset now)
    {
        if (Status is not (PartnerStatus.Active or PartnerStatus.Suspended))
            throw new InvalidTransitionException($"Partner is {Status}; only an Active or Suspended partner can be terminated.");
        Status = PartnerStatus.Terminated;
        StatusReason = reason.Trim();
        TerminatedAt = now;
        Raise(new PartnerTerminated(this, StatusReason, now));
    }
}
