using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Application.Deals;
using DealRegistration.Application.Deals.RegisterDeal;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Leads.ConvertLead;

public sealed record ConvertLeadCommand(Guid LeadId, IReadOnlyList<string>? Products, decimal? EstimatedValue, string? Currency, DateOnly? ExpectedCloseDate)
    : ICommand<DealResponse>, ITransactional;

public sealed class ConvertLeadValidator : AbstractValidator<ConvertLeadCommand>
{
    public ConvertLeadValidator()
    {
        RuleFor(c => c.Products).NotEmpty();
        RuleForEach(c => c.Products).NotEmpty().MaximumLength(100);
        RuleFor(c => c.EstimatedValue).NotNull().GreaterThan(0).IsAmount();
        RuleFor(c => c.Currency).NotEmpty().IsCurrencyCode();
        RuleFor(c => c.ExpectedCloseDate).NotNull();
    }
}

/// <summary>An accepted lead becomes a registration of its partner, attributed to the lead's campaign.</summary>
public sealed class ConvertLeadHandler(IDealsDbContext db, IConflictFinder conflicts, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<ConvertLeadCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(ConvertLeadCommand c, CancellationToken cancellationToken)
    {
        var lead = await db.GetLeadAsync(user, c.LeadId, cancellationToken);
        preconditions.EnsureVersion(lead.Version);
        if (lead.Status != Domain.Leads.LeadStatus.Accepted || lead.PartnerId is null)
            throw new ChannelPlatform.SharedKernel.InvalidTransitionException($"Lead is {lead.Status}; only an Accepted lead can be converted to a deal.");
        var deal = await new DealRegistrar(db, conflicts, clock).RegisterAsync(
            lead.PartnerId.Value, null, lead.CompanyName, lead.Domain, lead.Email, lead.Country, c.Products!, c.EstimatedValue!.Value, c.Currency!,
            c.ExpectedCloseDate!.Value, lead.CampaignId, lead.Id, $"Converted from lead {lead.Id} ({lead.ContactName}, {lead.Email})", user.Name, cancellationToken);
        lead.MarkConverted(deal.Id, clock.GetUtcNow());
        return deal.ToResponse(user, clock.GetUtcNow());
    }
}
