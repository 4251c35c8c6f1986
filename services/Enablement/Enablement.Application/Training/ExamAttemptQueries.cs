using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

public sealed record ListExamAttemptsQuery(string? Status, Guid? PartnerId, Guid? ContactId, PageRequest Page) : IQuery<Page<ExamAttemptResponse>>;

public sealed record GetExamAttemptQuery(Guid AttemptId) : IQuery<ExamAttemptResponse>;

public sealed class ListExamAttemptsValidator : AbstractValidator<ListExamAttemptsQuery>
{
    public ListExamAttemptsValidator() =>
        RuleFor(q => q.Status).IsEnumName<ListExamAttemptsQuery, ExamAttemptStatus>().When(q => q.Status is not null);
}

/// <summary>The review queue (<c>?status=PendingReview</c>) and an attempt's state; a partner user sees its own reps' attempts only.</summary>
public sealed class ExamAttemptQueryHandler(IEnablementDbContext db, ICurrentUser user) :
    IQueryHandler<ListExamAttemptsQuery, Page<ExamAttemptResponse>>,
    IQueryHandler<GetExamAttemptQuery, ExamAttemptResponse>
{
    public async ValueTask<Page<ExamAttemptResponse>> Handle(ListExamAttemptsQuery q, CancellationToken ct)
    {
        var attempts = db.ExamAttempts.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            attempts = attempts.Where(a => a.PartnerId == partnerId);
        if (q.ContactId is { } contactId)
            attempts = attempts.Where(a => a.ContactId == contactId);
        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<ExamAttemptStatus>(q.Status);
            attempts = attempts.Where(a => a.Status == status);
        }

        if (q.Page.After is { } after)
            attempts = attempts.Where(a => a.Id > after);
        var rows = await attempts.OrderBy(a => a.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(a => a.ToResponse()).ToList(), q.Page.Limit, a => a.Id);
    }

    public async ValueTask<ExamAttemptResponse> Handle(GetExamAttemptQuery q, CancellationToken ct)
    {
        var attempt = await db.ExamAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == q.AttemptId, ct);
        if (attempt is null || !user.CanSee(attempt.PartnerId))
            throw new NotFoundException("Exam attempt", q.AttemptId);
        return attempt.ToResponse();
    }
}
