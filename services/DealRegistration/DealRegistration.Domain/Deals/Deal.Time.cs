namespace DealRegistration.Domain.Deals;

/// <summary>What time does to a deal: the decision SLA flags and the end of protection.</summary>
public sealed partial class Deal
{
    /// <summary>The protection period ran out before the deal closed.</summary>
    public bool ExpireIfProtectionEnded(DateTimeOffset now)
    {
        if (Status != DealStatus.Approved || ProtectionExpiresAt > now)
            return false;
        Status = DealStatus.Expired;
        _history.Add(new DealHistoryEntry(DealStatus.Expired, now, "system", "Protection period ended"));
        Raise(new DealExpired(this, now));
        return true;
    }

    /// <summary>Past 36 h without a decision: flagged once.</summary>
    public bool FlagSlaAtRisk(DateTimeOffset now)
    {
        if (Status != DealStatus.Submitted || SlaAtRiskAt is not null || now <= SubmittedAt + AtRiskAfter)
            return false;
        SlaAtRiskAt = now;
        Raise(new DealSlaAtRisk(this, now));
        return true;
    }

    /// <summary>Past 48 h without a decision: flagged once.</summary>
    public bool FlagSlaBreached(DateTimeOffset now)
    {
        if (Status != DealStatus.Submitted || SlaBreachedAt is not null || now <= DecisionDueAt)
            return false;
        SlaBreachedAt = now;
        Raise(new DealSlaBreached(this, now));
        return true;
    }
}
