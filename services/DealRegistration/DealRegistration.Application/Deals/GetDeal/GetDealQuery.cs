using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using Mediator;

namespace DealRegistration.Application.Deals.GetDeal;

public sealed record GetDealQuery(Guid DealId) : IQuery<DealResponse>;

public sealed class GetDealHandler(IDealsDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDealQuery, DealResponse>
{
    public async ValueTask<DealResponse> Handle(GetDealQuery query, CancellationToken cancellationToken) =>
        (await db.GetDealAsync(user, query.DealId, cancellationToken, tracking: false)).ToResponse(user, clock.GetUtcNow());
}
