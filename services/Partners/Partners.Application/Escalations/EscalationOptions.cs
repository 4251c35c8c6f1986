namespace Partners.Application.Escalations;

/// <summary>Section <c>Escalations</c>.</summary>
public sealed class EscalationOptions
{
    /// <summary>Open escalations a partner may have per severity; raising one more is 409.</summary>
    public int MaxOpenPerSeverity { get; set; } = 3;
}
