using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Qbrs;

public enum QbrStatus
{
    Scheduled,
    Completed,
}

/// <summary>A quarterly business review with a partner: scheduled, then completed with a summary and action items.</summary>
public sealed class Qbr : AggregateRoot
{
    private readonly List<ActionItem> _actionItems = [];

    private Qbr()
    {
    }

    public Guid PartnerId { get; private set; }

    public string Quarter { get; private set; } = string.Empty;

    public DateTimeOffset ScheduledAt { get; private set; }

    public QbrStatus Status { get; private set; }

    public string? Summary { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<ActionItem> ActionItems => _actionItems;

    public static Qbr Schedule(Guid partnerId, string quarter, DateTimeOffset scheduledAt, DateTimeOffset now)
    {
        var qbr = new Qbr
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Quarter = quarter.ToUpperInvariant(),
            ScheduledAt = scheduledAt,
            Status = QbrStatus.Scheduled,
            CreatedAt = now,
        };
        qbr.IncrementVersion();
        return qbr;
    }

    public void Complete(string summary, IEnumerable<ActionItem> actionItems, DateTimeOffset now)
    {
        if (Status != QbrStatus.Scheduled)
            throw new InvalidTransitionException($"QBR is {Status}; only a Scheduled QBR can be completed.");
        Status = QbrStatus.Completed;
        Summary = summary.Trim();
        CompletedAt = now;
        _actionItems.AddRange(actionItems);
        IncrementVersion();
    }
}

public sealed record ActionItem(string Description, string Owner, DateOnly DueDate);
