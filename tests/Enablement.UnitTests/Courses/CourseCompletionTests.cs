using Enablement.Domain.Courses;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Courses;

/// <summary>A rep completes a published course, on a date not in the future.</summary>
public sealed class CourseCompletionTests
{
    private static readonly Guid ContactId = Guid.CreateVersion7();
    private static readonly Guid PartnerId = Guid.CreateVersion7();

    [Fact]
    public void Completing_a_published_course_records_it_and_raises_course_completed()
    {
        var course = PublishedCourse();

        var completion = CourseCompletion.Record(ContactId, PartnerId, course, Today.AddDays(-3), Now);

        completion.ContactId.ShouldBe(ContactId);
        completion.PartnerId.ShouldBe(PartnerId);
        completion.CourseId.ShouldBe(course.Id);
        completion.CompletedOn.ShouldBe(Today.AddDays(-3));
        completion.RecordedAt.ShouldBe(Now);
        DomainAssert.RaisedOnce<CourseCompletedEvent>(completion).Completion.ShouldBeSameAs(completion);
    }

    [Fact]
    public void Only_a_published_course_can_be_completed()
    {
        var draft = DraftCourse();

        var broken = DomainAssert.BrokenRule(() => CourseCompletion.Record(ContactId, PartnerId, draft, Today, Now));

        broken.Message.ShouldContain("not published");
    }

    [Fact]
    public void A_completion_today_is_fine() =>
        CourseCompletion.Record(ContactId, PartnerId, PublishedCourse(), Today, Now).CompletedOn.ShouldBe(Today);

    [Fact]
    public void A_completion_cannot_be_in_the_future() =>
        DomainAssert.InvalidValue(() => CourseCompletion.Record(ContactId, PartnerId, PublishedCourse(), Today.AddDays(1), Now), "completedOn");

    [Fact]
    public void Today_is_the_UTC_day_of_the_clock()
    {
        // 23:30 at UTC-5 is already the next day in UTC: completing "tomorrow" local-wise is today in UTC.
        var lateEvening = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.FromHours(-5));

        CourseCompletion.Record(ContactId, PartnerId, PublishedCourse(), new DateOnly(2026, 11, 26), lateEvening).CompletedOn.ShouldBe(new DateOnly(2026, 11, 26));
    }
}
