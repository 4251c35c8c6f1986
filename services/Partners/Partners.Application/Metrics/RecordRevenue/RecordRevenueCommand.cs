using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Metrics;

namespace Partners.Application.Metrics.RecordRevenue;

/// <summary>Partner revenue reported by Revenue (a booking, or an adjustment such as a refund, as a negative amount).</summary>
public sealed record RecordRevenueCommand(Guid EntryId, Guid PartnerId, Guid BookingId, decimal Amount, string Currency, DateOnly OccurredOn)
    : ICommand<Unit>, ITransactional;

public sealed class RecordRevenueHandler(IPartnersDbContext db, TimeProvider clock) : ICommandHandler<RecordRevenueCommand, Unit>
{
    public async ValueTask<Unit> Handle(RecordRevenueCommand c, CancellationToken cancellationToken)
    {
        if (await db.RevenueEntries.AnyAsync(e => e.Id == c.EntryId, cancellationToken))
            return Unit.Value;
        db.RevenueEntries.Add(new RevenueEntry(c.EntryId, c.PartnerId, c.BookingId, c.Amount, c.Currency, c.OccurredOn));
        await db.SaveChangesAsync(cancellationToken);
        await db.PromoteIfQualifiedAsync(c.PartnerId, clock, cancellationToken);
        return Unit.Value;
    }
}
