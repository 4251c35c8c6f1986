using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Application.Partners;
using Partners.Domain.Tiers;

namespace Partners.Application.Tiers.OverrideTier;

public sealed record OverrideTierCommand(Guid PartnerId, string? Tier, string? Reason) : ICommand<PartnerResponse>, ITransactional;

public sealed class OverrideTierValidator : AbstractValidator<OverrideTierCommand>
{
    public OverrideTierValidator()
    {
        RuleFor(c => c.Tier).IsEnumName<OverrideTierCommand, PartnerTier>();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class OverrideTierHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<OverrideTierCommand, PartnerResponse>
{
    public async ValueTask<PartnerResponse> Handle(OverrideTierCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken);
        preconditions.EnsureVersion(partner.Version);
        var program = await db.GetTierProgramAsync(cancellationToken);
        partner.OverrideTier(program[Validation.ParseEnum<PartnerTier>(c.Tier!)], c.Reason!, clock.GetUtcNow());
        return partner.ToResponse();
    }
}
