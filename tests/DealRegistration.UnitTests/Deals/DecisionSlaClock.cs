namespace DealRegistration.UnitTests.Deals;

/// <summary>The submission time and the decision SLA marks the DecisionSla tests share.</summary>
internal static class DecisionSlaClock
{
    public static readonly DateTimeOffset Submitted = DealBuilder.Now;
    public static readonly DateTimeOffset AtRiskFrom = Submitted.AddHours(36);
    public static readonly DateTimeOffset DueAt = Submitted.AddHours(48);
}
