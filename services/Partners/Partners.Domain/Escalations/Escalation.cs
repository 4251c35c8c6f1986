using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Escalations;

public enum EscalationSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

public enum EscalationStatus
{
    Open,
    Resolved,
}

/// <summary>A partner's escalation with a response SLA by severity: Low 168 h, Medium 72 h, High 24 h, Critical 4 h.</summary>
public sealed class Escalation : AggregateRoot
{
    private Escalation()
    {
    }

    public Guid PartnerId { get; private set; }

    public EscalationSeverity Severity { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public EscalationStatus Status { get; private set; }

    public string RaisedBy { get; private set; } = string.Empty;

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset ResponseDueAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public static TimeSpan ResponseTime(EscalationSeverity severity) => severity switch
    {
        EscalationSeverity.Low => TimeSpan.FromHours(168),
        EscalationSeverity.Medium => TimeSpan.FromHours(72),
        EscalationSeverity.High => TimeSpan.FromHours(24),
        EscalationSeverity.Critical => TimeSpan.FromHours(4),
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Raises an escalation unless the partner already has the most open escalations allowed of that severity (409).</summary>
    public static Escalation Raise(
        Guid partnerId, EscalationSeverity severity, string subject, string description, string raisedBy, OpenEscalations open, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(open);
        CheckRule(open.RuleFor(severity));
        var escalation = new Escalation
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Severity = severity,
            Subject = subject.Trim(),
            Description = description.Trim(),
            Status = EscalationStatus.Open,
            RaisedBy = raisedBy,
            RaisedAt = now,
            ResponseDueAt = now + ResponseTime(severity),
        };
        escalation.IncrementVersion();
        return escalation;
    }

    /// <summary>Breached when it was not resolved by its due time.</summary>
    public bool IsBreached(DateTimeOffset now) => (ResolvedAt ?? now) > ResponseDueAt;

    public void Resolve(string resolution, DateTimeOffset now)
    {
        if (Status != EscalationStatus.Open)
            throw new InvalidTransitionException($"Escalation is {Status}; only an Open escalation can be resolved.");
        Status = EscalationStatus.Resolved;
        Resolution = resolution.Trim();
        ResolvedAt = now;
        IncrementVersion();
    }
}
