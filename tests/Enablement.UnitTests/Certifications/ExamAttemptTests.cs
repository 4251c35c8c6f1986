using Enablement.Domain.Certifications;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Certifications;

/// <summary>Who may sit an exam: an active rep of an active partner, with the required courses done, at most 3 times in 30 days.</summary>
public sealed class ExamAttemptTests
{
    [Fact]
    public void An_eligible_rep_scoring_the_passing_score_passes()
    {
        var certification = NewCertification(passingScore: 70);
        var eligibility = Eligible();

        var attempt = ExamAttempt.Take(eligibility, certification, 70, ExamScoreSource.Trusted, "LMS", Now);

        attempt.Passed.ShouldBeTrue();
        attempt.Score.ShouldBe(70);
        attempt.ContactId.ShouldBe(eligibility.ContactId);
        attempt.PartnerId.ShouldBe(eligibility.PartnerId);
        attempt.CertificationId.ShouldBe(certification.Id);
        attempt.AttemptedAt.ShouldBe(Now);
        attempt.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void One_point_below_the_passing_score_fails_but_is_recorded() =>
        ExamAttempt.Take(Eligible(), NewCertification(passingScore: 70), 69, ExamScoreSource.Trusted, "LMS", Now).Passed.ShouldBeFalse();

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_score_is_between_0_and_100(int score) =>
        DomainAssert.InvalidValue(() => ExamAttempt.Take(Eligible(), NewCertification(), score, ExamScoreSource.Trusted, "LMS", Now), "score");

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Scores_of_0_and_100_are_valid(int score) =>
        ExamAttempt.Take(Eligible(), NewCertification(), score, ExamScoreSource.Trusted, "LMS", Now).Score.ShouldBe(score);

    [Fact]
    public void A_contact_who_is_not_an_active_rep_may_not_sit_the_exam()
    {
        var broken = DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(activeRep: false), NewCertification(), 90, ExamScoreSource.Trusted, "LMS", Now));

        broken.Message.ShouldContain("not an active SalesRep or SalesEngineer");
    }

    [Fact]
    public void A_rep_of_an_inactive_partner_may_not_sit_the_exam()
    {
        var broken = DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(partnerActive: false), NewCertification(), 90, ExamScoreSource.Trusted, "LMS", Now));

        broken.Message.ShouldContain("partner is not active");
    }

    [Fact]
    public void Every_required_course_must_be_completed_first()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var certification = NewCertification(70, 12, first, second);

        var broken = DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(completed: [first]), certification, 90, ExamScoreSource.Trusted, "LMS", Now));

        broken.Message.ShouldContain("1 required course(s)");
    }

    [Fact]
    public void With_no_required_course_completed_the_missing_count_is_all_of_them()
    {
        var certification = NewCertification(70, 12, Guid.CreateVersion7(), Guid.CreateVersion7());

        DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(), certification, 90, ExamScoreSource.Trusted, "LMS", Now)).Message.ShouldContain("2 required course(s)");
    }

    [Fact]
    public void Completed_courses_that_are_not_required_do_not_matter_and_all_required_done_is_enough()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var certification = NewCertification(70, 12, first, second);

        ExamAttempt.Take(Eligible(completed: [second, Guid.CreateVersion7(), first]), certification, 90, ExamScoreSource.Trusted, "LMS", Now).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Up_to_the_third_attempt_in_30_days_is_allowed(int earlierAttempts) =>
        ExamAttempt.Take(Eligible(attemptsInWindow: earlierAttempts), NewCertification(), 10, ExamScoreSource.Trusted, "LMS", Now).ShouldNotBeNull();

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void The_fourth_attempt_in_30_days_is_refused(int earlierAttempts)
    {
        var broken = DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(attemptsInWindow: earlierAttempts), NewCertification(), 100, ExamScoreSource.Trusted, "LMS", Now));

        broken.Message.ShouldContain("At most 3 attempts");
    }

    [Fact]
    public void The_window_is_30_days_and_the_limit_3()
    {
        Certification.AttemptWindow.ShouldBe(TimeSpan.FromDays(30));
        Certification.MaxAttemptsPerWindow.ShouldBe(3);
    }

    [Fact]
    public void Eligibility_is_checked_before_the_prerequisites_and_the_attempt_limit()
    {
        var certification = NewCertification(70, 12, Guid.CreateVersion7());

        var broken = DomainAssert.BrokenRule(() => ExamAttempt.Take(Eligible(activeRep: false, attemptsInWindow: 5), certification, 90, ExamScoreSource.Trusted, "LMS", Now));

        broken.Message.ShouldContain("not an active");
    }
}
