namespace DealRegistration.Domain.Deals;

/// <summary>One transition of a deal: to which status, when, by whom, and why.</summary>
public sealed record DealHistoryEntry(DealStatus Status, DateTimeOffset At, string By, string? Note);
