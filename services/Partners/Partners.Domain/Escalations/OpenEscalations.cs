using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Escalations;

/// <summary>
/// How many escalations of one severity a partner has open, and how many it may: a cap so one account
/// cannot flood the breach KPI with escalations nobody can answer in time.
/// </summary>
public sealed record OpenEscalations(int Count, int MaxPerSeverity)
{
    internal IBusinessRule RuleFor(EscalationSeverity severity) => new AtMostOpenPerSeverity(Count, MaxPerSeverity, severity);

    private sealed record AtMostOpenPerSeverity(int Open, int Max, EscalationSeverity Severity) : IBusinessRule
    {
        public bool IsBroken() => Open >= Max;

        public string Message => $"The partner has {Open} open {Severity} escalation(s), the most allowed; resolve one before raising another.";

        public RuleKind Kind => RuleKind.Conflict;
    }
}
