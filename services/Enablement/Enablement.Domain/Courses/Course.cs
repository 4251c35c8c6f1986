using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Courses;

public enum CourseLevel
{
    Foundation,
    Advanced,
    Expert,
}

public enum CourseStatus
{
    Draft,
    Published,
}

/// <summary>A training course: drafted, then published for reps to complete.</summary>
public sealed class Course : AggregateRoot
{
    private Course()
    {
    }

    public string Title { get; private set; } = string.Empty;

    public string Product { get; private set; } = string.Empty;

    public CourseLevel Level { get; private set; }

    public decimal DurationHours { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public static Course Draft(string title, string product, CourseLevel level, decimal durationHours, DateTimeOffset now)
    {
        if (durationHours is <= 0 or > 1000)
            throw new InvalidValueException("durationHours", "durationHours must be greater than 0 and at most 1000.");
        var course = new Course { Id = Guid.CreateVersion7(), Title = title.Trim(), Product = product.Trim(), Level = level, DurationHours = durationHours, Status = CourseStatus.Draft, CreatedAt = now };
        course.IncrementVersion();
        return course;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != CourseStatus.Draft)
            throw new InvalidTransitionException($"Course is {Status}; only a Draft course can be published.");
        Status = CourseStatus.Published;
        PublishedAt = now;
        IncrementVersion();
    }
}
