using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Qbrs.ListQbrs;

public sealed record ListQbrsQuery(Guid PartnerId, PageRequest Page) : IQuery<Page<QbrResponse>>;

public sealed class ListQbrsHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<ListQbrsQuery, Page<QbrResponse>>
{
    public async ValueTask<Page<QbrResponse>> Handle(ListQbrsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, query.PartnerId, cancellationToken);
        var qbrs = db.Qbrs.AsNoTracking().Where(q => q.PartnerId == query.PartnerId);
        if (query.Page.After is { } after)
            qbrs = qbrs.Where(q => q.Id > after);
        var rows = await qbrs.OrderBy(q => q.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(q => q.ToResponse()).ToList(), query.Page.Limit, q => q.Id);
    }
}
