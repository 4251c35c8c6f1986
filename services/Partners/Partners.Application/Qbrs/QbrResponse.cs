using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Partners.Domain.Qbrs;

namespace Partners.Application.Qbrs;

public sealed record ActionItemResponse(string Description, string Owner, DateOnly DueDate);

public sealed record QbrResponse(
    Guid Id,
    Guid PartnerId,
    string Quarter,
    DateTimeOffset ScheduledAt,
    QbrStatus Status,
    string? Summary,
    IReadOnlyList<ActionItemResponse> ActionItems,
    DateTimeOffset? CompletedAt,
    string Version) : IVersioned;

public static class QbrMapping
{
    public static QbrResponse ToResponse(this Qbr q) => new(
        q.Id,
        q.PartnerId,
        q.Quarter,
        q.ScheduledAt,
        q.Status,
        q.Summary,
        q.ActionItems.Select(a => new ActionItemResponse(a.Description, a.Owner, a.DueDate)).ToList(),
        q.CompletedAt,
        VersionTag.Format(q.Version));
}
