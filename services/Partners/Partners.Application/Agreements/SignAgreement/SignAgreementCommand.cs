using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Tiers;

namespace Partners.Application.Agreements.SignAgreement;

public sealed record SignAgreementCommand(Guid PartnerId, Guid AgreementId, string? SignedBy) : ICommand<AgreementResponse>, ITransactional;

public sealed class SignAgreementValidator : AbstractValidator<SignAgreementCommand>
{
    public SignAgreementValidator() => RuleFor(c => c.SignedBy).NotEmpty().MaximumLength(200);
}

public sealed class SignAgreementHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<SignAgreementCommand, AgreementResponse>
{
    public async ValueTask<AgreementResponse> Handle(SignAgreementCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken, withAgreements: true);
        if (partner.Agreements.All(a => a.Id != c.AgreementId))
            throw new NotFoundException("Agreement", c.AgreementId);
        preconditions.EnsureVersion(partner.Version);
        var program = await db.GetTierProgramAsync(cancellationToken);
        var agreement = partner.SignAgreement(c.AgreementId, c.SignedBy!, program[PartnerTier.Registered], clock.GetUtcNow());
        return agreement.ToResponse(partner);
    }
}
