using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Certifications;

/// <summary>A channel manager's review of a self-reported score: verified (it counts from now) or rejected.</summary>
public sealed partial class ExamAttempt
{
    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The rep must still be an active rep of an active partner: a verified pass certifies today.</summary>
    public void Verify(bool isActiveRep, bool partnerIsActive, string by, DateTimeOffset now)
    {
        EnsurePendingReview("verified");
        Check(new ExamIsForActiveRepsOfActivePartners(isActiveRep, partnerIsActive));
        Review(ExamAttemptStatus.Verified, by, now);
    }

    public void Reject(string reason, string by, DateTimeOffset now)
    {
        EnsurePendingReview("rejected");
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidValueException("reason", "reason is required.");
        RejectionReason = reason.Trim();
        Review(ExamAttemptStatus.Rejected, by, now);
    }

    private void EnsurePendingReview(string verb)
    {
        if (Status != ExamAttemptStatus.PendingReview)
            throw new InvalidTransitionException($"The attempt is {Status}; only an attempt pending review can be {verb}.");
    }

    private void Review(ExamAttemptStatus status, string by, DateTimeOffset now)
    {
        Status = status;
        ReviewedBy = by;
        ReviewedAt = now;
    }
}
