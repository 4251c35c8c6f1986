using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Bookings;
using Revenue.Domain.Bookings;
using Revenue.Domain.Pipeline;

namespace Revenue.Application.Projections;

/// <summary>A dealreg.* event as Revenue applies it: the pipeline row, and for a win the booking.</summary>
public abstract record DealChange(Guid DealId, Guid PartnerId, DateTimeOffset At) : ICommand<Unit>, ITransactional;

public sealed record DealApprovedChange(Guid DealId, Guid PartnerId, decimal EstimatedValue, string Currency, DateOnly ExpectedCloseDate, DateTimeOffset At) : DealChange(DealId, PartnerId, At);

public sealed record DealWonChange(Guid DealId, Guid PartnerId, decimal ActualValue, string Currency, DateOnly ClosedOn, Guid? CampaignId, DateTimeOffset At) : DealChange(DealId, PartnerId, At);

public sealed record DealLostChange(Guid DealId, Guid PartnerId, DateTimeOffset At) : DealChange(DealId, PartnerId, At);

public sealed record DealExpiredChange(Guid DealId, Guid PartnerId, DateTimeOffset At) : DealChange(DealId, PartnerId, At);

public sealed class DealChangeHandler(IRevenueDbContext db, WinBooking winBooking, TimeProvider clock) :
    ICommandHandler<DealApprovedChange, Unit>,
    ICommandHandler<DealWonChange, Unit>,
    ICommandHandler<DealLostChange, Unit>,
    ICommandHandler<DealExpiredChange, Unit>
{
    public ValueTask<Unit> Handle(DealApprovedChange c, CancellationToken ct) =>
        Apply(c, d => d.Approved(c.EstimatedValue, c.Currency, c.ExpectedCloseDate, DateOnly.FromDateTime(c.At.UtcDateTime)), ct);

    public async ValueTask<Unit> Handle(DealWonChange c, CancellationToken ct)
    {
        await Apply(c, d => d.Won(c.ActualValue, c.Currency, c.ClosedOn), ct);
        await winBooking.BookOrWaitAsync(PendingWin.Waiting(c.DealId, c.PartnerId, c.ActualValue, c.Currency, c.ClosedOn, c.CampaignId, string.Empty, clock.GetUtcNow()), ct);
        return Unit.Value;
    }

    public ValueTask<Unit> Handle(DealLostChange c, CancellationToken ct) => Apply(c, d => d.Lost(DateOnly.FromDateTime(c.At.UtcDateTime)), ct);

    public ValueTask<Unit> Handle(DealExpiredChange c, CancellationToken ct) => Apply(c, d => d.Expired(DateOnly.FromDateTime(c.At.UtcDateTime)), ct);

    /// <summary>Under the partner lock, so a win and the partner's terms arriving together are serialized.</summary>
    private async ValueTask<Unit> Apply(DealChange c, Action<PipelineDeal> change, CancellationToken ct)
    {
        await db.LockPartnerAsync(c.PartnerId, ct);
        var deal = await db.PipelineDeals.SingleOrDefaultAsync(d => d.DealId == c.DealId, ct);
        if (deal is null)
        {
            deal = PipelineDeal.Unknown(c.DealId, c.PartnerId);
            db.PipelineDeals.Add(deal);
        }

        change(deal);
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
