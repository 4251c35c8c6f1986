using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Satisfaction.ListSatisfaction;

public sealed record ListSatisfactionQuery(Guid PartnerId, PageRequest Page) : IQuery<Page<SatisfactionResponseDto>>;

public sealed class ListSatisfactionHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<ListSatisfactionQuery, Page<SatisfactionResponseDto>>
{
    public async ValueTask<Page<SatisfactionResponseDto>> Handle(ListSatisfactionQuery query, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, query.PartnerId, cancellationToken);
        var responses = db.SatisfactionResponses.AsNoTracking().Where(r => r.PartnerId == query.PartnerId);
        if (query.Page.After is { } after)
            responses = responses.Where(r => r.Id > after);
        var rows = await responses.OrderBy(r => r.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(r => r.ToResponse()).ToList(), query.Page.Limit, r => r.Id);
    }
}
