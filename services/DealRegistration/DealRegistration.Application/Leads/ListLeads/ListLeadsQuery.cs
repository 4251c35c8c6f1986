using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Leads;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Leads.ListLeads;

public sealed record ListLeadsQuery(Guid? CampaignId, Guid? PartnerId, string? Status, PageRequest Page) : IQuery<Page<LeadResponse>>;

public sealed class ListLeadsValidator : AbstractValidator<ListLeadsQuery>
{
    public ListLeadsValidator() => RuleFor(q => q.Status).IsEnumName<ListLeadsQuery, LeadStatus>().When(q => q.Status is not null);
}

public sealed class ListLeadsHandler(IDealsDbContext db, ICurrentUser user) : IQueryHandler<ListLeadsQuery, Page<LeadResponse>>
{
    public async ValueTask<Page<LeadResponse>> Handle(ListLeadsQuery query, CancellationToken cancellationToken)
    {
        var leads = db.Leads.AsNoTracking();
        if (user.ScopedPartnerId(query.PartnerId) is { } partnerId)
            leads = leads.Where(l => l.PartnerId == partnerId);
        if (query.CampaignId is { } campaignId)
            leads = leads.Where(l => l.CampaignId == campaignId);
        if (query.Status is not null)
        {
            var status = Validation.ParseEnum<LeadStatus>(query.Status);
            leads = leads.Where(l => l.Status == status);
        }

        if (query.Page.After is { } after)
            leads = leads.Where(l => l.Id > after);
        var rows = await leads.OrderBy(l => l.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(l => l.ToResponse()).ToList(), query.Page.Limit, l => l.Id);
    }
}
