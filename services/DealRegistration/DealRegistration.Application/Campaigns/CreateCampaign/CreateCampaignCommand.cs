using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Campaigns;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace DealRegistration.Application.Campaigns.CreateCampaign;

public sealed record CreateCampaignCommand(string? Name, string? Type, IReadOnlyList<Guid>? PartnerIds, DateOnly? StartsOn, DateOnly? EndsOn)
    : ICommand<CampaignResponse>, ITransactional;

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).IsEnumName<CreateCampaignCommand, CampaignType>();
        RuleFor(c => c.PartnerIds).NotNull().Must(p => p!.Count <= 1000).WithMessage("At most 1000 partners.");
        RuleFor(c => c.StartsOn).NotNull();
        RuleFor(c => c.EndsOn).NotNull().GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.StartsOn is not null).WithMessage("'endsOn' must not be before 'startsOn'.");
    }
}

public sealed class CreateCampaignHandler(IDealsDbContext db, IOptions<PlatformOptions> platform, TimeProvider clock)
    : ICommandHandler<CreateCampaignCommand, CampaignResponse>
{
    public ValueTask<CampaignResponse> Handle(CreateCampaignCommand c, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Create(c.Name!, Validation.ParseEnum<CampaignType>(c.Type!), c.PartnerIds!, c.StartsOn!.Value, c.EndsOn!.Value, clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        return ValueTask.FromResult(new CampaignResponse(
            campaign.Id, campaign.Name, campaign.Type, campaign.PartnerIds, campaign.StartsOn, campaign.EndsOn, 0, 0, 0m, 0m, platform.Value.Reporting.Code, [],
            ChannelPlatform.Application.Security.VersionTag.Format(campaign.Version)));
    }
}
