using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Deals;

/// <summary>A partner's request for vendor help on a deal: requested → assigned to a sales engineer → completed.</summary>
public sealed class CoSellRequest : Entity
{
    private CoSellRequest()
    {
    }

    internal CoSellRequest(Guid dealId, CoSellType type, string? notes, string requestedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        DealId = dealId;
        Type = type;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Status = CoSellStatus.Requested;
        RequestedBy = requestedBy;
        RequestedAt = now;
    }

    public Guid DealId { get; private set; }

    public CoSellType Type { get; private set; }

    public string? Notes { get; private set; }

    public CoSellStatus Status { get; private set; }

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public string? SalesEngineer { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public string? Outcome { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    internal void Assign(string salesEngineer, DateTimeOffset now)
    {
        if (Status == CoSellStatus.Completed)
            throw new InvalidTransitionException($"Co-sell request {Id} is Completed; it cannot be reassigned.");
        SalesEngineer = salesEngineer.Trim();
        AssignedAt = now;
        Status = CoSellStatus.Assigned;
    }

    internal void Complete(string outcome, DateTimeOffset now)
    {
        if (Status != CoSellStatus.Assigned)
            throw new InvalidTransitionException($"Co-sell request {Id} is {Status}; only an Assigned request can be completed.");
        Outcome = outcome.Trim();
        CompletedAt = now;
        Status = CoSellStatus.Completed;
    }
}
