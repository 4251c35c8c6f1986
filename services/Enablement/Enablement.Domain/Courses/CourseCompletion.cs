using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Courses;

public sealed record CourseCompletedEvent(CourseCompletion Completion, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A rep finished a published course (once per rep and course).</summary>
public sealed class CourseCompletion : AggregateRoot
{
    private CourseCompletion()
    {
    }

    public Guid ContactId { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid CourseId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static CourseCompletion Record(Guid contactId, Guid partnerId, Course course, DateOnly completedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(course);
        if (course.Status != CourseStatus.Published)
            throw new BusinessRuleViolationException(new OnlyPublishedCoursesCanBeCompleted());
        if (completedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new InvalidValueException("completedOn", "completedOn must not be in the future.");
        var completion = new CourseCompletion { Id = Guid.CreateVersion7(), ContactId = contactId, PartnerId = partnerId, CourseId = course.Id, CompletedOn = completedOn, RecordedAt = now };
        completion.Raise(new CourseCompletedEvent(completion, now));
        return completion;
    }

    private sealed record OnlyPublishedCoursesCanBeCompleted : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => "The course is not published.";
    }
}
