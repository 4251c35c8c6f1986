using ChannelPlatform.Application.Messaging;
using ChannelPlatform.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Bookings;
using Revenue.Application.Rates;
using Revenue.Domain.Partners;

namespace Revenue.Application.Projections;

/// <summary>A partner.* event as Revenue applies it (idempotent, order-tolerant).</summary>
public abstract record PartnerChange(Guid PartnerId, DateTimeOffset At) : ICommand<Unit>, ITransactional;

public sealed record PartnerActivatedChange(Guid PartnerId, string Name, PartnerType Type, Region Region, PartnerTier Tier, decimal MarginBonusPercent, decimal MdfPercent, DateTimeOffset At)
    : PartnerChange(PartnerId, At);

public sealed record PartnerTierChange(Guid PartnerId, PartnerTier Tier, decimal MarginBonusPercent, decimal MdfPercent, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerSuspendedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerReactivatedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerTerminatedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record AgreementSignedChange(
    Guid PartnerId, Guid AgreementId, PartnerType PartnerType, decimal? MarginPercent, decimal? CommissionPercent, decimal? ReferralFeePercent,
    decimal? RevenueSharePercent, DateOnly EffectiveFrom, DateOnly? ExpiresOn, DateTimeOffset At, string? PayoutCurrency = null) : PartnerChange(PartnerId, At);

/// <summary>
/// Keeps the partner projection and the agreements current. Activation, a tier change or a new agreement
/// may be what a waiting win needed, so each of them books the partner's ready pending wins.
/// </summary>
public sealed class PartnerChangeHandler(IRevenueDbContext db, WinBooking winBooking, ExchangeRateBook rates) :
    ICommandHandler<PartnerActivatedChange, Unit>,
    ICommandHandler<PartnerTierChange, Unit>,
    ICommandHandler<PartnerSuspendedChange, Unit>,
    ICommandHandler<PartnerReactivatedChange, Unit>,
    ICommandHandler<PartnerTerminatedChange, Unit>,
    ICommandHandler<AgreementSignedChange, Unit>
{
    public async ValueTask<Unit> Handle(PartnerActivatedChange c, CancellationToken ct)
    {
        var program = await db.TierProgramOfAsync(c.Tier, ct);
        await Apply(c, p => p.Activated(c.Name, c.Type, c.Region, c.Tier, c.MarginBonusPercent, c.MdfPercent, c.At, program), ct);
        await winBooking.BookPendingAsync(c.PartnerId, ct);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(PartnerTierChange c, CancellationToken ct)
    {
        var program = await db.TierProgramOfAsync(c.Tier, ct);
        await Apply(c, p => p.TierChanged(c.Tier, c.MarginBonusPercent, c.MdfPercent, c.At, program), ct);
        await winBooking.BookPendingAsync(c.PartnerId, ct);
        return Unit.Value;
    }

    public ValueTask<Unit> Handle(PartnerSuspendedChange c, CancellationToken ct) => Apply(c, p => p.Suspended(c.At), ct);

    public ValueTask<Unit> Handle(PartnerReactivatedChange c, CancellationToken ct) => Apply(c, p => p.Reactivated(c.At), ct);

    public ValueTask<Unit> Handle(PartnerTerminatedChange c, CancellationToken ct) => Apply(c, p => p.Terminate(c.At), ct);

    public async ValueTask<Unit> Handle(AgreementSignedChange c, CancellationToken ct)
    {
        await db.LockPartnerAsync(c.PartnerId, ct);
        if (!await db.Agreements.AnyAsync(a => a.AgreementId == c.AgreementId, ct))
        {
            db.Agreements.Add(AgreementTerms.Signed(
                c.AgreementId, c.PartnerId, c.PartnerType, c.MarginPercent, c.CommissionPercent, c.ReferralFeePercent, c.RevenueSharePercent, c.EffectiveFrom, c.ExpiresOn, c.At,
                c.PayoutCurrency is null ? rates.Reporting : Currency.Of(c.PayoutCurrency)));
            await db.SaveChangesAsync(ct);
        }

        await winBooking.BookPendingAsync(c.PartnerId, ct);
        return Unit.Value;
    }

    private async ValueTask<Unit> Apply(PartnerChange c, Action<RevenuePartner> change, CancellationToken ct)
    {
        await db.LockPartnerAsync(c.PartnerId, ct);
        // The row lock too: a tier-program edit changes partner rows under the tier's lock alone.
        var partner = await db.PartnerForUpdateAsync(c.PartnerId, ct);
        if (partner is null)
        {
            partner = RevenuePartner.Unknown(c.PartnerId);
            db.Partners.Add(partner);
        }

        change(partner);
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
