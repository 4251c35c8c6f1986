using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Partners;

namespace Revenue.Application.Projections;

/// <summary>partner.tier-program-updated as Revenue applies it.</summary>
public sealed record TierProgramChange(PartnerTier Tier, decimal MarginBonusPercent, decimal MdfPercent, int Version, DateTimeOffset At)
    : ICommand<Unit>, ITransactional;

/// <summary>
/// A tier's margin bonus and MDF percent change for every partner on it at once: bookings from now on earn the new
/// bonus, and computed MDF allocations follow the new percent. Bookings already made keep theirs. Order-tolerant: an
/// edit older than the one applied changes nothing, and a partner whose tier change is newer keeps that change's terms.
/// </summary>
public sealed class TierProgramChangeHandler(IRevenueDbContext db) : ICommandHandler<TierProgramChange, Unit>
{
    public async ValueTask<Unit> Handle(TierProgramChange c, CancellationToken ct)
    {
        await db.LockTierAsync(c.Tier, ct);
        var program = await db.TierBenefits.SingleOrDefaultAsync(t => t.Tier == c.Tier, ct);
        if (program is null)
        {
            program = TierBenefits.Unknown(c.Tier);
            db.TierBenefits.Add(program);
        }

        if (!program.Apply(c.MarginBonusPercent, c.MdfPercent, c.Version, c.At))
            return Unit.Value;
        foreach (var partner in await db.LockPartnersOnTierAsync(c.Tier, ct))
            partner.TierProgramUpdated(c.Tier, c.MarginBonusPercent, c.MdfPercent, c.At);
        return Unit.Value;
    }
}
