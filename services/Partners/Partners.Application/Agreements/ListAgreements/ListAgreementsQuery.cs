using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Agreements.ListAgreements;

public sealed record ListAgreementsQuery(Guid PartnerId, PageRequest Page) : IQuery<Page<AgreementResponse>>;

public sealed class ListAgreementsHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<ListAgreementsQuery, Page<AgreementResponse>>
{
    public async ValueTask<Page<AgreementResponse>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, query.PartnerId, cancellationToken);
        var agreements = db.Agreements.AsNoTracking().Where(a => a.PartnerId == query.PartnerId);
        if (query.Page.After is { } after)
            agreements = agreements.Where(a => a.Id > after);
        var rows = await agreements.OrderBy(a => a.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(a => a.ToResponse(partner)).ToList(), query.Page.Limit, a => a.Id);
    }
}
