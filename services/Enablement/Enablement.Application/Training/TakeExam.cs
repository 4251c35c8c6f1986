using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

public sealed record TakeExamCommand(Guid? ContactId, Guid? CertificationId, int? Score) : ICommand<ExamResultResponse>, ITransactional;

public sealed class TakeExamValidator : AbstractValidator<TakeExamCommand>
{
    public TakeExamValidator()
    {
        RuleFor(c => c.ContactId).NotNull();
        RuleFor(c => c.CertificationId).NotNull();
        RuleFor(c => c.Score).NotNull().InclusiveBetween(0, 100);
    }
}

/// <summary>
/// Records an attempt (422 when the rep may not sit it). A trusted score is verified at once and a pass
/// issues the certification, or renews an active one; a partner's own score waits for review.
/// </summary>
public sealed class TakeExamHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<TakeExamCommand, ExamResultResponse>
{
    public async ValueTask<ExamResultResponse> Handle(TakeExamCommand c, CancellationToken ct)
    {
        var rep = await db.StandingAsync(user, c.ContactId!.Value, ct);
        await db.LockRepAsync(rep.ContactId, ct);
        var certification = await db.Certifications.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CertificationId, ct)
            ?? throw new NotFoundException("Certification", c.CertificationId!.Value);
        var now = clock.GetUtcNow();
        var attempts = await db.AttemptsInWindowAsync(rep.ContactId, certification.Id, now, ct);
        var completed = await db.CourseCompletions
            .Where(x => x.ContactId == rep.ContactId && certification.RequiredCourseIds.Contains(x.CourseId))
            .Select(x => x.CourseId).ToListAsync(ct);
        var eligibility = new ExamEligibility(rep.ContactId, rep.PartnerId, rep.IsActiveRep, rep.PartnerIsActive, completed, attempts);
        var attempt = ExamAttempt.Take(eligibility, certification, c.Score!.Value, user.ScoreSource(), user.Name, now);
        db.ExamAttempts.Add(attempt);
        var issued = await db.CertifyAsync(attempt, certification, now, ct);
        return attempt.ToResult(certification, attempts + 1, issued);
    }
}
