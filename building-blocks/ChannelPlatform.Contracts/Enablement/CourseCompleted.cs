namespace ChannelPlatform.Contracts.Enablement;

/// <summary>
/// A partner's rep completed a course.
/// </summary>
[Exchange("enablement.course-completed")]
public sealed record CourseCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContactId,
    Guid PartnerId,
    Guid CourseId,
    DateOnly CompletedOn) : IIntegrationEvent;
