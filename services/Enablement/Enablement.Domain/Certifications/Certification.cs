using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Certifications;

public enum CertificationTrack
{
    Sales,
    Technical,
}

/// <summary>A certification: its track, the courses to complete first, the exam's passing score and how long it is valid.</summary>
public sealed class Certification : AggregateRoot
{
    public const int MaxAttemptsPerWindow = 3;
    public static readonly TimeSpan AttemptWindow = TimeSpan.FromDays(30);

    private Certification()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public CertificationTrack Track { get; private set; }

    public List<Guid> RequiredCourseIds { get; private set; } = [];

    public int PassingScore { get; private set; }

    public int ValidityMonths { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Certification Define(string name, CertificationTrack track, IEnumerable<Guid> requiredCourseIds, int passingScore, int validityMonths, DateTimeOffset now)
    {
        if (passingScore is < 1 or > 100)
            throw new InvalidValueException("passingScore", "passingScore must be between 1 and 100.");
        if (validityMonths is < 1 or > 60)
            throw new InvalidValueException("validityMonths", "validityMonths must be between 1 and 60.");
        var certification = new Certification
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Track = track,
            RequiredCourseIds = [.. requiredCourseIds.Distinct()],
            PassingScore = passingScore,
            ValidityMonths = validityMonths,
            CreatedAt = now,
        };
        certification.IncrementVersion();
        return certification;
    }

    public bool Passes(int score) => score >= PassingScore;
}
