using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Application.Deals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Leads.AssignLead;

public sealed record AssignLeadCommand(Guid LeadId, Guid? PartnerId) : ICommand<LeadResponse>, ITransactional;

public sealed class AssignLeadValidator : AbstractValidator<AssignLeadCommand>
{
    public AssignLeadValidator() => RuleFor(c => c.PartnerId).NotNull();
}

/// <summary>Offers a pooled lead to an active partner that has not passed on it before.</summary>
public sealed class AssignLeadHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<AssignLeadCommand, LeadResponse>
{
    public async ValueTask<LeadResponse> Handle(AssignLeadCommand c, CancellationToken cancellationToken)
    {
        var lead = await db.GetLeadAsync(user, c.LeadId, cancellationToken);
        preconditions.EnsureVersion(lead.Version);
        await db.ActivePartnerAsync(c.PartnerId!.Value, cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == lead.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", lead.CampaignId);
        if (!campaign.Includes(c.PartnerId.Value))
            throw new ChannelPlatform.SharedKernel.BusinessRuleViolationException(new PartnerNotInCampaign());
        lead.Assign(c.PartnerId.Value, clock.GetUtcNow());
        return lead.ToResponse();
    }

    private sealed record PartnerNotInCampaign : ChannelPlatform.SharedKernel.IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => "The partner does not take part in this lead's campaign.";
    }
}
