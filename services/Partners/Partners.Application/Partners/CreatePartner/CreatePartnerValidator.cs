using ChannelPlatform.Application;
using FluentValidation;
using Partners.Domain.Model;

namespace Partners.Application.Partners.CreatePartner;

public sealed class CreatePartnerValidator : AbstractValidator<CreatePartnerCommand>
{
    public CreatePartnerValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).IsEnumName<CreatePartnerCommand, PartnerType>();
        RuleFor(c => c.Website).NotEmpty().MaximumLength(300)
            .Must(BeAWebsite).WithMessage("'website' must be a web address or domain such as example.com.");
        RuleFor(c => c.Region).IsEnumName<CreatePartnerCommand, Region>();
        RuleFor(c => c.Country).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("'country' must be an ISO 3166-1 alpha-2 code such as DE.");
        RuleFor(c => c.SalesTeamSize).NotNull().InclusiveBetween(0, 1_000_000);
        RuleForEach(c => c.Specializations).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Specializations).Must(s => s is null || s.Count <= 50).WithMessage("At most 50 specializations.");
    }

    private static bool BeAWebsite(string? website)
    {
        try
        {
            Website.ToDomain(website ?? string.Empty);
            return true;
        }
        catch (ChannelPlatform.SharedKernel.InvalidValueException)
        {
            return false;
        }
    }
}
