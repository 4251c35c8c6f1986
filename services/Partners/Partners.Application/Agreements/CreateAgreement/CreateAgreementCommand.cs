using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using ChannelPlatform.SharedKernel;
using Mediator;
using Microsoft.Extensions.Options;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Agreements.CreateAgreement;

public sealed record CreateAgreementCommand(
    Guid PartnerId,
    DateOnly? EffectiveFrom,
    int? TermMonths,
    decimal? MarginPercent,
    decimal? CommissionPercent,
    decimal? ReferralFeePercent,
    decimal? RevenueSharePercent,
    string? PayoutCurrency = null) : ICommand<AgreementResponse>, ITransactional;

public sealed class CreateAgreementValidator : AbstractValidator<CreateAgreementCommand>
{
    public CreateAgreementValidator()
    {
        RuleFor(c => c.EffectiveFrom).NotNull();
        RuleFor(c => c.TermMonths).InclusiveBetween(1, 60);
        RuleFor(c => c.PayoutCurrency).IsCurrencyCode().When(c => c.PayoutCurrency is not null);
    }
}

/// <summary>Term ranges depend on the partner's type, so the aggregate's <see cref="AgreementTerms"/> checks them (400 naming the field).</summary>
public sealed class CreateAgreementHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, IOptions<PlatformOptions> platform, TimeProvider clock)
    : ICommandHandler<CreateAgreementCommand, AgreementResponse>
{
    public async ValueTask<AgreementResponse> Handle(CreateAgreementCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken, withAgreements: true);
        preconditions.EnsureVersion(partner.Version);
        var terms = AgreementTerms.For(partner.Type, c.MarginPercent, c.CommissionPercent, c.ReferralFeePercent, c.RevenueSharePercent);
        var payoutCurrency = c.PayoutCurrency is null ? platform.Value.Reporting : Currency.Of(c.PayoutCurrency, "payoutCurrency");
        var agreement = partner.DraftAgreement(c.EffectiveFrom!.Value, c.TermMonths, terms, payoutCurrency, clock.GetUtcNow());
        return agreement.ToResponse(partner);
    }
}
