using ChannelPlatform.Application.Messaging;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Partners;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Projections;

/// <summary>partner.tier-program-updated as DealRegistration applies it.</summary>
public sealed record TierProgramChange(string Tier, int ProtectionDays, int Version, DateTimeOffset At) : ICommand<Unit>, ITransactional;

/// <summary>
/// A tier's protection days change for every partner on it at once (deals approved from now on get them).
/// Order-tolerant: an edit older than the one applied changes nothing, and a partner whose tier change is
/// newer than the edit keeps the days that change carried.
/// </summary>
public sealed class ApplyTierProgramHandler(IDealsDbContext db) : ICommandHandler<TierProgramChange, Unit>
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

        if (!program.Apply(c.ProtectionDays, c.Version, c.At))
            return Unit.Value;
        foreach (var partner in await db.LockPartnersOnTierAsync(c.Tier, ct))
            partner.TierProgramUpdated(c.Tier, c.ProtectionDays, c.At);
        return Unit.Value;
    }
}
