using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals;

internal static class DealLoading
{
    /// <summary>A deal the caller may see (a partner user: its own partner's only), or 404.</summary>
    public static async Task<Deal> GetDealAsync(this IDealsDbContext db, ICurrentUser user, Guid dealId, CancellationToken ct, bool tracking = true)
    {
        var query = tracking ? db.Deals.Include(d => d.CoSellRequests) : db.Deals.AsNoTracking().Include(d => d.CoSellRequests);
        var deal = await query.SingleOrDefaultAsync(d => d.Id == dealId, ct) ?? throw new NotFoundException("Deal", dealId);
        user.EnsureCanAccess(deal.PartnerId, "Deal", dealId);
        return deal;
    }
}
