using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Qbrs;

namespace Partners.Application.Qbrs.ScheduleQbr;

public sealed record ScheduleQbrCommand(Guid PartnerId, string? Quarter, DateTimeOffset? ScheduledAt) : ICommand<QbrResponse>, ITransactional;

public sealed class ScheduleQbrValidator : AbstractValidator<ScheduleQbrCommand>
{
    public ScheduleQbrValidator()
    {
        RuleFor(c => c.Quarter).IsQuarter();
        RuleFor(c => c.ScheduledAt).NotNull();
    }
}

/// <summary>One QBR per partner and quarter (409 for a second).</summary>
public sealed class ScheduleQbrHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ScheduleQbrCommand, QbrResponse>
{
    public async ValueTask<QbrResponse> Handle(ScheduleQbrCommand c, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, c.PartnerId, cancellationToken);
        var quarter = c.Quarter!.ToUpperInvariant();
        if (await db.Qbrs.AnyAsync(q => q.PartnerId == c.PartnerId && q.Quarter == quarter, cancellationToken))
            throw new ConflictException($"A QBR for {quarter} is already scheduled for this partner.");
        var qbr = Qbr.Schedule(c.PartnerId, quarter, c.ScheduledAt!.Value, clock.GetUtcNow());
        db.Qbrs.Add(qbr);
        return qbr.ToResponse();
    }
}
