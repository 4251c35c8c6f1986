using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals.ListDeals;

public sealed record ListDealsQuery(Guid? PartnerId, string? Status, bool? Overdue, string? Customer, Guid? CampaignId, PageRequest Page) : IQuery<Page<DealResponse>>;

public sealed class ListDealsValidator : AbstractValidator<ListDealsQuery>
{
    public ListDealsValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ListDealsQuery, DealStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Customer).MaximumLength(200);
    }
}

/// <summary>Keyset-paged by id; a partner user sees its own partner's deals only; <c>?customer=</c> uses the conflict matcher.</summary>
public sealed class ListDealsHandler(IDealsDbContext db, IMatchStatistics statistics, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListDealsQuery, Page<DealResponse>>
{
    public async ValueTask<Page<DealResponse>> Handle(ListDealsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deals = db.Deals.AsNoTracking();
        if (user.ScopedPartnerId(query.PartnerId) is { } partnerId)
            deals = deals.Where(d => d.PartnerId == partnerId);
        if (query.Status is not null)
        {
            var status = Validation.ParseEnum<DealStatus>(query.Status);
            deals = deals.Where(d => d.Status == status);
        }

        if (query.Overdue is true)
            deals = deals.Where(d => d.Status == DealStatus.Submitted && d.DecisionDueAt < now);
        else if (query.Overdue is false)
            deals = deals.Where(d => !(d.Status == DealStatus.Submitted && d.DecisionDueAt < now));
        if (query.CampaignId is { } campaignId)
            deals = deals.Where(d => d.CampaignId == campaignId);
        if (!string.IsNullOrWhiteSpace(query.Customer))
        {
            var found = await CustomerSearch.FindAsync(deals, query.Customer, statistics, query.Page.After, query.Page.Limit + 1, cancellationToken);
            return KeysetCursor.ToPage(found.Select(d => d.ToResponse(user, now)).ToList(), query.Page.Limit, d => d.Id);
        }

        if (query.Page.After is { } after)
            deals = deals.Where(d => d.Id > after);
        var rows = await deals.Include(d => d.CoSellRequests).OrderBy(d => d.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(d => d.ToResponse(user, now)).ToList(), query.Page.Limit, d => d.Id);
    }
}
