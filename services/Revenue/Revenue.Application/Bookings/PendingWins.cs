using ChannelPlatform.Application.Pagination;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;

namespace Revenue.Application.Bookings;

/// <param name="WaitingFor">What the win waits for: the partner's activation, or an agreement in force on the close date.</param>
public sealed record PendingWinResponse(Guid DealId, Guid PartnerId, decimal ActualValue, string Currency, DateOnly ClosedOn, Guid? CampaignId, string WaitingFor, DateTimeOffset ReceivedAt);

public sealed record ListPendingWinsQuery(Guid? PartnerId, PageRequest Page) : IQuery<Page<PendingWinResponse>>;

/// <summary>Won deals not booked yet, so the channel team sees revenue that waits for a partner's terms (oldest deal id first).</summary>
public sealed class ListPendingWinsHandler(IRevenueDbContext db) : IQueryHandler<ListPendingWinsQuery, Page<PendingWinResponse>>
{
    public async ValueTask<Page<PendingWinResponse>> Handle(ListPendingWinsQuery q, CancellationToken ct)
    {
        var wins = db.PendingWins.AsNoTracking();
        if (q.PartnerId is { } partnerId)
            wins = wins.Where(w => w.PartnerId == partnerId);
        if (q.Page.After is { } after)
            wins = wins.Where(w => w.DealId > after);
        var rows = await wins.OrderBy(w => w.DealId).Take(q.Page.Limit + 1)
            .Select(w => new PendingWinResponse(w.DealId, w.PartnerId, w.ActualValue, w.Currency, w.ClosedOn, w.CampaignId, w.WaitingFor, w.ReceivedAt))
            .ToListAsync(ct);
        return KeysetCursor.ToPage(rows, q.Page.Limit, w => w.DealId);
    }
}
