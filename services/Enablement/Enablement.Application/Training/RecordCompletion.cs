using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using Enablement.Application.Abstractions;
using Enablement.Domain.Courses;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

public sealed record CompletionResponse(Guid Id, Guid ContactId, Guid PartnerId, Guid CourseId, DateOnly CompletedOn, DateTimeOffset RecordedAt);

public sealed record RecordCompletionCommand(Guid? ContactId, Guid? CourseId, DateOnly? CompletedOn) : ICommand<CompletionResponse>, ITransactional;

public sealed class RecordCompletionValidator : AbstractValidator<RecordCompletionCommand>
{
    public RecordCompletionValidator()
    {
        RuleFor(c => c.ContactId).NotNull();
        RuleFor(c => c.CourseId).NotNull();
    }
}

/// <summary>A rep of an active partner completed a published course (once per course: 409 for a second).</summary>
public sealed class RecordCompletionHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordCompletionCommand, CompletionResponse>
{
    public async ValueTask<CompletionResponse> Handle(RecordCompletionCommand c, CancellationToken ct)
    {
        var rep = await db.StandingAsync(user, c.ContactId!.Value, ct);
        if (!rep.IsActiveRep || !rep.PartnerIsActive)
            throw new BusinessRuleViolationException(new CompletionsAreForActiveRepsOfActivePartners());
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CourseId, ct) ?? throw new NotFoundException("Course", c.CourseId!.Value);
        if (await db.CourseCompletions.AnyAsync(x => x.ContactId == rep.ContactId && x.CourseId == course.Id, ct))
            throw new ConflictException("The rep has already completed this course.");
        var now = clock.GetUtcNow();
        var completion = CourseCompletion.Record(rep.ContactId, rep.PartnerId, course, c.CompletedOn ?? DateOnly.FromDateTime(now.UtcDateTime), now);
        db.CourseCompletions.Add(completion);
        return new CompletionResponse(completion.Id, completion.ContactId, completion.PartnerId, completion.CourseId, completion.CompletedOn, completion.RecordedAt);
    }

    private sealed record CompletionsAreForActiveRepsOfActivePartners : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => "The contact is not an active SalesRep or SalesEngineer of an active partner.";
    }
}
