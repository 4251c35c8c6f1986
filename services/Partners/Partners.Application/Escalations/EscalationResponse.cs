using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Partners.Domain.Escalations;

namespace Partners.Application.Escalations;

public sealed record EscalationResponse(
    Guid Id,
    Guid PartnerId,
    EscalationSeverity Severity,
    string Subject,
    string Description,
    EscalationStatus Status,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    DateTimeOffset ResponseDueAt,
    bool Breached,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    string Version) : IVersioned;

public static class EscalationMapping
{
    public static EscalationResponse ToResponse(this Escalation e, DateTimeOffset now) => new(
        e.Id,
        e.PartnerId,
        e.Severity,
        e.Subject,
        e.Description,
        e.Status,
        e.RaisedBy,
        e.RaisedAt,
        e.ResponseDueAt,
        e.IsBreached(now),
        e.ResolvedAt,
        e.Resolution,
        VersionTag.Format(e.Version));
}
