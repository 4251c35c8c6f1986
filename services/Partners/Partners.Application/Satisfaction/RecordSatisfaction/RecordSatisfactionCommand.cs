using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Satisfaction;

namespace Partners.Application.Satisfaction.RecordSatisfaction;

public sealed record RecordSatisfactionCommand(Guid PartnerId, int? Score, string? Comment) : ICommand<RecordedSatisfaction>, ITransactional;

public sealed class RecordSatisfactionValidator : AbstractValidator<RecordSatisfactionCommand>
{
    public RecordSatisfactionValidator()
    {
        RuleFor(c => c.Score).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Comment).MaximumLength(4000);
    }
}

/// <summary>
/// One answer per respondent (token subject), partner and quarter: a second replaces the first. The
/// respondent's key is locked for the transaction, so concurrent answers of one subject replace each
/// other instead of racing to insert (a unique index backs it).
/// </summary>
public sealed class RecordSatisfactionHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordSatisfactionCommand, RecordedSatisfaction>
{
    public async ValueTask<RecordedSatisfaction> Handle(RecordSatisfactionCommand c, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, c.PartnerId, cancellationToken);
        var now = clock.GetUtcNow();
        var quarter = SatisfactionResponse.QuarterOf(now);
        await db.LockKeyAsync($"satisfaction:{c.PartnerId}:{quarter}:{user.Subject}", cancellationToken);
        var earlier = await db.SatisfactionResponses
            .SingleOrDefaultAsync(r => r.PartnerId == c.PartnerId && r.Respondent == user.Subject && r.Quarter == quarter, cancellationToken);
        if (earlier is not null)
        {
            earlier.Replace(c.Score!.Value, c.Comment, user.Name, now);
            return new RecordedSatisfaction(earlier.ToResponse(), Replaced: true);
        }

        var response = SatisfactionResponse.Record(c.PartnerId, c.Score!.Value, c.Comment, user.Subject, user.Name, now);
        db.SatisfactionResponses.Add(response);
        return new RecordedSatisfaction(response.ToResponse(), Replaced: false);
    }
}
