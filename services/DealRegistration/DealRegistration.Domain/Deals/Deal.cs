using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Deals;

/// <summary>
/// A partner's deal registration: Submitted → Approved | Rejected; Approved → Won | Lost | Expired.
/// A decision is due 48 h after submission; an approved deal is protected for the tier's days.
/// </summary>
public sealed partial class Deal : AggregateRoot
{
    public static readonly TimeSpan DecisionSla = TimeSpan.FromHours(48);
    public static readonly TimeSpan AtRiskAfter = TimeSpan.FromHours(36);

    private readonly List<DealConflict> _conflicts = [];
    private readonly List<DealHistoryEntry> _history = [];
    private readonly List<CoSellRequest> _coSellRequests = [];

    private Deal()
    {
    }

    public Guid PartnerId { get; private set; }

    public Guid? SubmittedByContactId { get; private set; }

    public Customer Customer { get; private set; } = null!;

    public List<string> Products { get; private set; } = [];

    /// <summary>In <see cref="Currency"/>, rounded to its minor units (the deal keeps the currency it was registered in).</summary>
    public decimal EstimatedValue { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    /// <summary>The estimated value as money.</summary>
    public Money Value => Money.Of(EstimatedValue, ChannelPlatform.SharedKernel.Currency.Of(Currency));

    public DateOnly ExpectedCloseDate { get; private set; }

    public Guid? CampaignId { get; private set; }

    public Guid? LeadId { get; private set; }

    public string? Description { get; private set; }

    public DealStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset DecisionDueAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public double? DecisionHours { get; private set; }

    public DateTimeOffset? ProtectionExpiresAt { get; private set; }

    public bool ProtectionExtended { get; private set; }

    public decimal? ActualValue { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? Reason { get; private set; }

    public bool ConflictsOverridden { get; private set; }

    public DateTimeOffset? SlaAtRiskAt { get; private set; }

    public DateTimeOffset? SlaBreachedAt { get; private set; }

    public IReadOnlyList<DealConflict> Conflicts => _conflicts;

    public IReadOnlyList<DealHistoryEntry> History => _history;

    public IReadOnlyList<CoSellRequest> CoSellRequests => _coSellRequests;

    public bool IsOpen => Status is DealStatus.Submitted or DealStatus.Approved;

    public static Deal Register(DealRegistrationData data, IEnumerable<DealConflict> conflicts, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        var value = Money.Of(data.EstimatedValue, data.Currency);
        if (!value.IsPositive)
            throw new InvalidValueException("estimatedValue", $"estimatedValue must be at least one minor unit of {value.Currency}.");
        var products = data.Products.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (products.Count == 0)
            throw new InvalidValueException("products", "At least one product is required.");
        var deal = new Deal
        {
            Id = Guid.CreateVersion7(),
            PartnerId = data.PartnerId,
            SubmittedByContactId = data.SubmittedByContactId,
            Customer = data.Customer,
            Products = products,
            EstimatedValue = value.Amount,
            Currency = value.Currency.Code,
            ExpectedCloseDate = data.ExpectedCloseDate,
            CampaignId = data.CampaignId,
            LeadId = data.LeadId,
            Description = string.IsNullOrWhiteSpace(data.Description) ? null : data.Description.Trim(),
            Status = DealStatus.Submitted,
            SubmittedAt = now,
            DecisionDueAt = now + DecisionSla,
        };
        deal._conflicts.AddRange(conflicts);
        deal._history.Add(new DealHistoryEntry(DealStatus.Submitted, now, by, null));
        deal.Raise(new DealRegistered(deal, now));
        return deal;
    }

    /// <summary>First to register wins: approving over an earlier open conflicting registration needs an explicit override and a reason.</summary>
    public void Approve(int protectionDays, bool overrideConflicts, string? overrideReason, string? notes, IReadOnlyCollection<Guid> openConflictingDealIds, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(openConflictingDealIds);
        EnsureStatus(DealStatus.Submitted, "approved");
        var blocking = _conflicts.Where(c => openConflictingDealIds.Contains(c.ConflictingDealId)).ToList();
        CheckRule(new ApprovingOverAnEarlierRegistrationNeedsAnOverride(blocking.Count, overrideConflicts, overrideReason));
        protectionDays = Math.Clamp(protectionDays, 1, 365);
        Decide(DealStatus.Approved, now);
        ProtectionExpiresAt = now.AddDays(protectionDays);
        ConflictsOverridden = blocking.Count > 0;
        var note = blocking.Count > 0 ? $"Conflicts overridden: {overrideReason!.Trim()}" + (notes is null ? string.Empty : $" — {notes.Trim()}") : notes?.Trim();
        _history.Add(new DealHistoryEntry(DealStatus.Approved, now, by, note));
        Raise(new DealApproved(this, now));
    }

    public void Reject(string reason, string by, DateTimeOffset now)
    {
        EnsureStatus(DealStatus.Submitted, "rejected");
        Decide(DealStatus.Rejected, now);
        Reason = reason.Trim();
        _history.Add(new DealHistoryEntry(DealStatus.Rejected, now, by, Reason));
        Raise(new DealRejected(this, now));
    }

    public void Win(decimal actualValue, DateOnly closedOn, string by, DateTimeOffset now)
    {
        EnsureStatus(DealStatus.Approved, "won");
        var value = Money.Of(actualValue, Value.Currency);
        if (!value.IsPositive)
            throw new InvalidValueException("actualValue", $"actualValue must be at least one minor unit of {value.Currency}.");
        Status = DealStatus.Won;
        ActualValue = value.Amount;
        ClosedOn = closedOn;
        _history.Add(new DealHistoryEntry(DealStatus.Won, now, by, null));
        Raise(new DealWon(this, now));
    }

    public void Lose(string reason, string by, DateTimeOffset now)
    {
        EnsureStatus(DealStatus.Approved, "lost");
        Status = DealStatus.Lost;
        Reason = reason.Trim();
        ClosedOn = DateOnly.FromDateTime(now.UtcDateTime);
        _history.Add(new DealHistoryEntry(DealStatus.Lost, now, by, Reason));
        Raise(new DealLost(this, now));
    }

    /// <summary>One extension of the protection period, 1–90 days.</summary>
    public void Extend(int days, string reason, string by, DateTimeOffset now)
    {
        EnsureStatus(DealStatus.Approved, "extended");
        if (days is < 1 or > 90)
            throw new InvalidValueException("days", "days must be between 1 and 90.");
        CheckRule(new ProtectionCanBeExtendedOnce(ProtectionExtended));
        ProtectionExtended = true;
        ProtectionExpiresAt = ProtectionExpiresAt!.Value.AddDays(days);
        _history.Add(new DealHistoryEntry(DealStatus.Approved, now, by, $"Protection extended by {days} days: {reason.Trim()}"));
        Raise(new DealProtectionExtended(this, days, now));
    }

    public bool IsOverdue(DateTimeOffset now) => Status == DealStatus.Submitted && now > DecisionDueAt;

    private void Decide(DealStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        DecisionHours = Math.Round((now - SubmittedAt).TotalHours, 2);
    }

    private void EnsureStatus(DealStatus required, string verb)
    {
        if (Status != required)
            throw new InvalidTransitionException($"Deal is {Status}; only a {required} deal can be {verb}.");
    }
}
