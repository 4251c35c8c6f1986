using Enablement.Domain.Certifications;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Certifications;

/// <summary>A partner's own score waits for a channel manager; only a verified pass certifies.</summary>
public sealed class ExamReviewTests
{
    private static ExamAttempt SelfReported(int score = 90) =>
        ExamAttempt.Take(Eligible(), NewCertification(passingScore: 70), score, ExamScoreSource.SelfReported, "Pat Partner", Now);

    [Fact]
    public void A_trusted_score_is_verified_at_once_and_a_pass_certifies()
    {
        var attempt = ExamAttempt.Take(Eligible(), NewCertification(passingScore: 70), 90, ExamScoreSource.Trusted, "LMS", Now);

        attempt.Status.ShouldBe(ExamAttemptStatus.Verified);
        attempt.Certifies.ShouldBeTrue();
        attempt.SubmittedBy.ShouldBe("LMS");
    }

    [Fact]
    public void A_self_reported_pass_is_pending_review_and_certifies_nothing()
    {
        var attempt = SelfReported();

        attempt.Passed.ShouldBeTrue();
        attempt.Status.ShouldBe(ExamAttemptStatus.PendingReview);
        attempt.Certifies.ShouldBeFalse();
    }

    [Fact]
    public void Verifying_a_pending_pass_makes_it_certify()
    {
        var attempt = SelfReported();

        attempt.Verify(isActiveRep: true, partnerIsActive: true, "Dana Channel", Now.AddHours(2));

        attempt.Status.ShouldBe(ExamAttemptStatus.Verified);
        attempt.Certifies.ShouldBeTrue();
        attempt.ReviewedBy.ShouldBe("Dana Channel");
        attempt.ReviewedAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void A_verified_fail_still_certifies_nothing()
    {
        var attempt = SelfReported(score: 40);

        attempt.Verify(true, true, "Dana Channel", Now);

        attempt.Certifies.ShouldBeFalse();
    }

    [Fact]
    public void A_rejected_attempt_keeps_its_reason_and_certifies_nothing()
    {
        var attempt = SelfReported();

        attempt.Reject(" Score not in the LMS ", "Dana Channel", Now);

        attempt.Status.ShouldBe(ExamAttemptStatus.Rejected);
        attempt.RejectionReason.ShouldBe("Score not in the LMS");
        attempt.Certifies.ShouldBeFalse();
    }

    [Fact]
    public void A_rejection_needs_a_reason() =>
        DomainAssert.InvalidValue(() => SelfReported().Reject(" ", "Dana Channel", Now), "reason");

    [Fact]
    public void An_attempt_is_reviewed_once()
    {
        var verified = SelfReported();
        verified.Verify(true, true, "Dana Channel", Now);
        var rejected = SelfReported();
        rejected.Reject("Not proctored", "Dana Channel", Now);

        DomainAssert.InvalidTransition(() => verified.Verify(true, true, "Dana Channel", Now));
        DomainAssert.InvalidTransition(() => verified.Reject("late", "Dana Channel", Now));
        DomainAssert.InvalidTransition(() => rejected.Verify(true, true, "Dana Channel", Now));
    }

    [Fact]
    public void A_trusted_attempt_needs_no_review()
    {
        var attempt = ExamAttempt.Take(Eligible(), NewCertification(), 90, ExamScoreSource.Trusted, "LMS", Now);

        DomainAssert.InvalidTransition(() => attempt.Verify(true, true, "Dana Channel", Now));
    }

    [Fact]
    public void A_pass_is_not_verified_for_a_rep_who_left_or_a_partner_no_longer_active()
    {
        DomainAssert.BrokenRule(() => SelfReported().Verify(isActiveRep: false, partnerIsActive: true, "Dana Channel", Now))
            .Message.ShouldContain("not an active SalesRep or SalesEngineer");
        DomainAssert.BrokenRule(() => SelfReported().Verify(isActiveRep: true, partnerIsActive: false, "Dana Channel", Now))
            .Message.ShouldContain("partner is not active");
    }
}
