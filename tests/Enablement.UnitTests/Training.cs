using Enablement.Domain.Certifications;
using Enablement.Domain.Courses;

namespace Enablement.UnitTests;

/// <summary>Courses, certifications and eligibilities as the tests need them, on a fixed clock.</summary>
public static class Training
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Course DraftCourse(string title = "CloudSuite basics", decimal hours = 4m) =>
        Course.Draft(title, "CloudSuite", CourseLevel.Foundation, hours, Now);

    public static Course PublishedCourse()
    {
        var course = DraftCourse();
        course.Publish(Now);
        return course;
    }

    public static Certification NewCertification(int passingScore = 70, int validityMonths = 12, params Guid[] requiredCourseIds) =>
        Certification.Define("CloudSuite Sales Professional", CertificationTrack.Sales, requiredCourseIds, passingScore, validityMonths, Now);

    public static ExamEligibility Eligible(
        bool activeRep = true,
        bool partnerActive = true,
        IReadOnlyCollection<Guid>? completed = null,
        int attemptsInWindow = 0) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), activeRep, partnerActive, completed ?? [], attemptsInWindow);
}
