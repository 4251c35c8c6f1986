using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

public sealed record VerifyExamAttemptCommand(Guid AttemptId) : ICommand<ExamResultResponse>, ITransactional;

public sealed record RejectExamAttemptCommand(Guid AttemptId, string? Reason) : ICommand<ExamResultResponse>, ITransactional;

public sealed class RejectExamAttemptValidator : AbstractValidator<RejectExamAttemptCommand>
{
    public RejectExamAttemptValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

/// <summary>
/// A channel manager reviews a partner's self-reported score: a verified pass certifies now (and, through
/// enablement.certification-earned, counts for the partner's tier); a rejected one never counts.
/// </summary>
public sealed class ReviewExamAttemptHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<VerifyExamAttemptCommand, ExamResultResponse>,
    ICommandHandler<RejectExamAttemptCommand, ExamResultResponse>
{
    public async ValueTask<ExamResultResponse> Handle(VerifyExamAttemptCommand c, CancellationToken ct)
    {
        var attempt = await LockedAsync(c.AttemptId, ct);
        var rep = await db.StandingAsync(user, attempt.ContactId, ct);
        var certification = await db.Certifications.AsNoTracking().SingleAsync(x => x.Id == attempt.CertificationId, ct);
        var now = clock.GetUtcNow();
        attempt.Verify(rep.IsActiveRep, rep.PartnerIsActive, user.Name, now);
        var issued = await db.CertifyAsync(attempt, certification, now, ct);
        return attempt.ToResult(certification, await db.AttemptsInWindowAsync(attempt.ContactId, certification.Id, now, ct), issued);
    }

    public async ValueTask<ExamResultResponse> Handle(RejectExamAttemptCommand c, CancellationToken ct)
    {
        var attempt = await LockedAsync(c.AttemptId, ct);
        var certification = await db.Certifications.AsNoTracking().SingleAsync(x => x.Id == attempt.CertificationId, ct);
        var now = clock.GetUtcNow();
        attempt.Reject(c.Reason!, user.Name, now);
        return attempt.ToResult(certification, await db.AttemptsInWindowAsync(attempt.ContactId, certification.Id, now, ct), null);
    }

    /// <summary>
    /// Takes the rep's lock before reading the attempt, so two reviews of one attempt see each other's
    /// outcome (the second is 409) and a verification never races the rep's other certifications.
    /// </summary>
    private async Task<ExamAttempt> LockedAsync(Guid attemptId, CancellationToken ct)
    {
        var contactId = await db.ExamAttempts.Where(a => a.Id == attemptId).Select(a => (Guid?)a.ContactId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Exam attempt", attemptId);
        await db.LockRepAsync(contactId, ct);
        return await db.ExamAttempts.SingleAsync(a => a.Id == attemptId, ct);
    }
}
