namespace Enablement.Domain.Certifications;

/// <summary>Whether an attempt's score counts: only a verified pass certifies.</summary>
public enum ExamAttemptStatus
{
    Verified,
    PendingReview,
    Rejected,
}

/// <summary>
/// Who reported the score. A channel manager or an LMS integration is trusted; a partner reporting its own
/// rep's score is not, because a certification moves the partner's tier and benefits.
/// </summary>
public enum ExamScoreSource
{
    Trusted,
    SelfReported,
}
