using Enablement.Domain.Courses;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Courses;

/// <summary>A course is drafted, then published once.</summary>
public sealed class CourseTests
{
    [Fact]
    public void A_drafted_course_is_a_trimmed_draft_not_yet_published()
    {
        var course = Course.Draft("  CloudSuite basics ", " CloudSuite ", CourseLevel.Advanced, 2.5m, Now);

        course.Title.ShouldBe("CloudSuite basics");
        course.Product.ShouldBe("CloudSuite");
        course.Level.ShouldBe(CourseLevel.Advanced);
        course.DurationHours.ShouldBe(2.5m);
        course.Status.ShouldBe(CourseStatus.Draft);
        course.CreatedAt.ShouldBe(Now);
        course.PublishedAt.ShouldBeNull();
        course.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000.01)]
    public void A_course_must_last_more_than_0_and_at_most_1000_hours(double hours) =>
        DomainAssert.InvalidValue(() => Course.Draft("T", "P", CourseLevel.Foundation, (decimal)hours, Now), "durationHours");

    [Theory]
    [InlineData(0.25)]
    [InlineData(1000)]
    public void A_course_of_a_quarter_hour_or_of_1000_hours_is_fine(double hours) =>
        Course.Draft("T", "P", CourseLevel.Expert, (decimal)hours, Now).DurationHours.ShouldBe((decimal)hours);

    [Fact]
    public void Publishing_a_draft_publishes_it_at_that_time()
    {
        var course = DraftCourse();

        course.Publish(Now.AddHours(1));

        course.Status.ShouldBe(CourseStatus.Published);
        course.PublishedAt.ShouldBe(Now.AddHours(1));
        course.Version.ShouldBe(2);
    }

    [Fact]
    public void A_course_is_published_once()
    {
        var course = PublishedCourse();

        DomainAssert.InvalidTransition(() => course.Publish(Now.AddDays(1)));
        course.PublishedAt.ShouldBe(Now);
    }
}
