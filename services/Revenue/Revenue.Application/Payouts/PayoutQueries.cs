using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Payouts;

namespace Revenue.Application.Payouts;

public sealed record ListPayoutsQuery(Guid? PartnerId, string? Quarter, string? Status, PageRequest Page) : IQuery<Page<PayoutResponse>>;

public sealed record GetPayoutQuery(Guid Id) : IQuery<PayoutResponse>;

public sealed class ListPayoutsValidator : AbstractValidator<ListPayoutsQuery>
{
    public ListPayoutsValidator()
    {
        RuleFor(q => q.Quarter).IsQuarter().When(q => q.Quarter is not null);
        RuleFor(q => q.Status).IsEnumName<ListPayoutsQuery, PayoutStatus>().When(q => q.Status is not null);
    }
}

/// <summary>Payout statements with their lines (one query for the page's lines, no N+1). Partner users see their own.</summary>
public sealed class PayoutQueryHandler(IRevenueDbContext db, ICurrentUser user) :
    IQueryHandler<ListPayoutsQuery, Page<PayoutResponse>>,
    IQueryHandler<GetPayoutQuery, PayoutResponse>
{
    public async ValueTask<Page<PayoutResponse>> Handle(ListPayoutsQuery q, CancellationToken ct)
    {
        var payouts = db.Payouts.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            payouts = payouts.Where(p => p.PartnerId == partnerId);
        if (q.Quarter is not null)
        {
            Quarter.TryParse(q.Quarter, out var quarter);
            var label = quarter.ToString();
            payouts = payouts.Where(p => p.Quarter == label);
        }

        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<PayoutStatus>(q.Status);
            payouts = payouts.Where(p => p.Status == status);
        }

        if (q.Page.After is { } after)
            payouts = payouts.Where(p => p.Id > after);
        var rows = await payouts.OrderBy(p => p.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        var ids = rows.Select(p => (Guid?)p.Id).ToList();
        var lines = (await db.CompensationLines.AsNoTracking().Where(l => ids.Contains(l.PayoutId)).ToListAsync(ct)).ToLookup(l => l.PayoutId);
        return KeysetCursor.ToPage(rows.Select(p => p.ToResponse(lines[p.Id])).ToList(), q.Page.Limit, p => p.Id);
    }

    public async ValueTask<PayoutResponse> Handle(GetPayoutQuery q, CancellationToken ct)
    {
        var payout = await db.Payouts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == q.Id, ct);
        if (payout is null || !user.CanSee(payout.PartnerId))
            throw new NotFoundException("payout", q.Id);
        var lines = await db.CompensationLines.AsNoTracking().Where(l => l.PayoutId == q.Id).ToListAsync(ct);
        return payout.ToResponse(lines);
    }
}
