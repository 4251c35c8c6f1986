using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Certifications;

/// <summary>
/// One exam attempt. The rules are checked before it is recorded: an active rep of an active
/// partner, every required course completed, at most three attempts per certification in 30 days
/// (every recorded attempt counts, pending or rejected too, so resubmitting cannot get around it).
/// A trusted score is verified at once; a self-reported one waits for a channel manager's review.
/// </summary>
public sealed partial class ExamAttempt
{
    private ExamAttempt()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid CertificationId { get; private set; }

    public int Score { get; private set; }

    public bool Passed { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public ExamAttemptStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = string.Empty;

    /// <summary>A verified pass is what issues or renews a certification.</summary>
    public bool Certifies => Passed && Status == ExamAttemptStatus.Verified;

    public static ExamAttempt Take(
        ExamEligibility eligibility, Certification certification, int score, ExamScoreSource source, string submittedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(certification);
        if (score is < 0 or > 100)
            throw new InvalidValueException("score", "score must be between 0 and 100.");
        Check(new ExamIsForActiveRepsOfActivePartners(eligibility.IsActiveRep, eligibility.PartnerIsActive));
        Check(new RequiredCoursesMustBeCompleted(certification.RequiredCourseIds.Except(eligibility.CompletedCourseIds).Count()));
        Check(new AtMostThreeAttemptsIn30Days(eligibility.AttemptsInWindow));
        return new ExamAttempt
        {
            Id = Guid.CreateVersion7(),
            ContactId = eligibility.ContactId,
            PartnerId = eligibility.PartnerId,
            CertificationId = certification.Id,
            Score = score,
            Passed = certification.Passes(score),
            AttemptedAt = now,
            Status = source == ExamScoreSource.Trusted ? ExamAttemptStatus.Verified : ExamAttemptStatus.PendingReview,
            SubmittedBy = submittedBy,
        };
    }

    private static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }

    private sealed record ExamIsForActiveRepsOfActivePartners(bool ActiveRep, bool PartnerActive) : IBusinessRule
    {
        public bool IsBroken() => !ActiveRep || !PartnerActive;

        public string Message => !ActiveRep
            ? "The contact is not an active SalesRep or SalesEngineer of the partner."
            : "The contact's partner is not active.";
    }

    private sealed record RequiredCoursesMustBeCompleted(int Missing) : IBusinessRule
    {
        public bool IsBroken() => Missing > 0;

        public string Message => $"{Missing} required course(s) of this certification are not completed yet.";
    }

    private sealed record AtMostThreeAttemptsIn30Days(int Attempts) : IBusinessRule
    {
        public bool IsBroken() => Attempts >= Certification.MaxAttemptsPerWindow;

        public string Message => $"At most {Certification.MaxAttemptsPerWindow} attempts per certification in 30 days; try again later.";
    }
}

/// <summary>What the exam rules need to know about the rep, gathered by the use case.</summary>
public sealed record ExamEligibility(Guid ContactId, Guid PartnerId, bool IsActiveRep, bool PartnerIsActive, IReadOnlyCollection<Guid> CompletedCourseIds, int AttemptsInWindow);
