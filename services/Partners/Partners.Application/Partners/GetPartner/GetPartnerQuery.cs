using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Partners.GetPartner;

public sealed record GetPartnerQuery(Guid PartnerId) : IQuery<PartnerResponse>;

public sealed class GetPartnerHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<GetPartnerQuery, PartnerResponse>
{
    public async ValueTask<PartnerResponse> Handle(GetPartnerQuery query, CancellationToken cancellationToken)
    {
        user.EnsureCanAccess(query.PartnerId, "Partner", query.PartnerId);
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PartnerId, cancellationToken)
            ?? throw new NotFoundException("Partner", query.PartnerId);
        return partner.ToResponse(user);
    }
}
