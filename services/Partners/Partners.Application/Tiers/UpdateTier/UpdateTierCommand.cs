using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Tiers;

namespace Partners.Application.Tiers.UpdateTier;

public sealed record UpdateTierCommand(string Tier, decimal? MinTrailingRevenue, int? MinCertifiedReps, decimal? MarginBonusPercent, decimal? MdfPercent, int? ProtectionDays)
    : ICommand<TierResponse>, ITransactional;

public sealed class UpdateTierValidator : AbstractValidator<UpdateTierCommand>
{
    public UpdateTierValidator()
    {
        RuleFor(c => c.Tier).IsEnumName<UpdateTierCommand, PartnerTier>();
        RuleFor(c => c.MinTrailingRevenue).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.MinCertifiedReps).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.MarginBonusPercent).NotNull().InclusiveBetween(0, 100);
        RuleFor(c => c.MdfPercent).NotNull().InclusiveBetween(0, 100);
        RuleFor(c => c.ProtectionDays).NotNull().InclusiveBetween(1, 365);
    }
}

/// <summary>
/// Changes one tier; thresholds must still rise from Registered to Platinum (422 otherwise). The edit is
/// published (partner.tier-program-updated) through the outbox in the same transaction.
/// </summary>
public sealed class UpdateTierHandler(IPartnersDbContext db, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<UpdateTierCommand, TierResponse>
{
    public async ValueTask<TierResponse> Handle(UpdateTierCommand c, CancellationToken cancellationToken)
    {
        var program = await db.GetTierProgramAsync(cancellationToken, tracking: true);
        var tier = program[Validation.ParseEnum<PartnerTier>(c.Tier)];
        preconditions.EnsureVersion(tier.Version);
        tier.Update(
            c.MinTrailingRevenue!.Value, c.MinCertifiedReps!.Value, c.MarginBonusPercent!.Value, c.MdfPercent!.Value, c.ProtectionDays!.Value,
            clock.GetUtcNow());
        program.EnsureAscending();
        return tier.ToResponse();
    }
}
