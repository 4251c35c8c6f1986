using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Tiers.ListTiers;

public sealed record ListTiersQuery : IQuery<IReadOnlyList<TierResponse>>;

public sealed class ListTiersHandler(IPartnersDbContext db) : IQueryHandler<ListTiersQuery, IReadOnlyList<TierResponse>>
{
    public async ValueTask<IReadOnlyList<TierResponse>> Handle(ListTiersQuery query, CancellationToken cancellationToken) =>
        (await db.TierDefinitions.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(t => t.Tier).Select(t => t.ToResponse()).ToList();
}
