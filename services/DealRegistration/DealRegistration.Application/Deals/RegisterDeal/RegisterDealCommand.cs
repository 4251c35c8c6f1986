using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using DealRegistration.Application.Abstractions;

namespace DealRegistration.Application.Deals.RegisterDeal;

/// <param name="ContactEmail">The customer contact's e-mail: its domain is a conflict signal like the web domain (free mail is ignored).</param>
public sealed record CustomerInput(string? CompanyName, string? Domain, string? Country, string? ContactEmail = null);

public sealed record RegisterDealCommand(
    Guid? PartnerId,
    Guid? SubmittedByContactId,
    CustomerInput? Customer,
    IReadOnlyList<string>? Products,
    decimal? EstimatedValue,
    string? Currency,
    DateOnly? ExpectedCloseDate,
    Guid? CampaignId,
    Guid? LeadId,
    string? Description) : ICommand<DealResponse>, ITransactional;

public sealed class RegisterDealValidator : AbstractValidator<RegisterDealCommand>
{
    public RegisterDealValidator()
    {
        RuleFor(c => c.Customer).NotNull();
        RuleFor(c => c.Customer!.CompanyName).NotEmpty().MaximumLength(200).OverridePropertyName("customer.companyName").WithName("customer.companyName").When(c => c.Customer is not null);
        RuleFor(c => c.Customer!.Country).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("'customer.country' must be an ISO 3166-1 alpha-2 code.")
            .OverridePropertyName("customer.country").WithName("customer.country").When(c => c.Customer is not null);
        RuleFor(c => c.Customer!.Domain).MaximumLength(253).OverridePropertyName("customer.domain").WithName("customer.domain").When(c => c.Customer is not null);
        RuleFor(c => c.Customer!.ContactEmail).MaximumLength(254).EmailAddress().OverridePropertyName("customer.contactEmail").WithName("customer.contactEmail")
            .When(c => c.Customer?.ContactEmail is not null);
        RuleFor(c => c.Products).NotEmpty().Must(p => p!.Count <= 50).WithMessage("At most 50 products.");
        RuleForEach(c => c.Products).NotEmpty().MaximumLength(100);
        RuleFor(c => c.EstimatedValue).NotNull().GreaterThan(0).LessThan(1_000_000_000_000m).IsAmount();
        RuleFor(c => c.Currency).NotEmpty().IsCurrencyCode();
        RuleFor(c => c.ExpectedCloseDate).NotNull();
        RuleFor(c => c.Description).MaximumLength(4000);
    }
}

public sealed class RegisterDealHandler(IDealsDbContext db, IConflictFinder conflicts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(RegisterDealCommand c, CancellationToken cancellationToken)
    {
        var partnerId = PartnerOf(c.PartnerId);
        var deal = await new DealRegistrar(db, conflicts, clock).RegisterAsync(
            partnerId,
            c.SubmittedByContactId,
            c.Customer!.CompanyName!,
            c.Customer.Domain,
            c.Customer.ContactEmail,
            c.Customer.Country!,
            c.Products!,
            c.EstimatedValue!.Value,
            c.Currency!,
            c.ExpectedCloseDate!.Value,
            c.CampaignId,
            c.LeadId,
            c.Description,
            user.Name,
            cancellationToken);
        return deal.ToResponse(user, clock.GetUtcNow());
    }

    /// <summary>A partner user registers for its own partner only: the token decides, another id in the body is 403.</summary>
    private Guid PartnerOf(Guid? requested)
    {
        if (user.IsPartner)
        {
            if (requested is { } other && other != user.PartnerId)
                throw new ForbiddenException("A partner user registers deals for its own partner only.");
            return user.PartnerId!.Value;
        }

        return requested ?? throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("partnerId", "'partnerId' is required.")]);
    }
}
