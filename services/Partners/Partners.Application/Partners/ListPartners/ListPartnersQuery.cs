using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.Application.Partners.ListPartners;

public sealed record ListPartnersQuery(string? Status, string? Type, string? Tier, string? Region, string? Q, PageRequest Page) : IQuery<Page<PartnerResponse>>;

public sealed class ListPartnersValidator : AbstractValidator<ListPartnersQuery>
{
    public ListPartnersValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ListPartnersQuery, PartnerStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Type).IsEnumName<ListPartnersQuery, PartnerType>().When(q => q.Type is not null);
        RuleFor(q => q.Tier).IsEnumName<ListPartnersQuery, PartnerTier>().When(q => q.Tier is not null);
        RuleFor(q => q.Region).IsEnumName<ListPartnersQuery, Region>().When(q => q.Region is not null);
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListPartnersHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<ListPartnersQuery, Page<PartnerResponse>>
{
    public async ValueTask<Page<PartnerResponse>> Handle(ListPartnersQuery query, CancellationToken cancellationToken)
    {
        var partners = db.Partners.AsNoTracking();
        if (user.IsPartner)
            partners = partners.Where(p => p.Id == user.PartnerId);
        if (query.Status is not null)
            partners = partners.Where(p => p.Status == Validation.ParseEnum<PartnerStatus>(query.Status));
        if (query.Type is not null)
            partners = partners.Where(p => p.Type == Validation.ParseEnum<PartnerType>(query.Type));
        if (query.Tier is not null)
            partners = partners.Where(p => p.Tier == Validation.ParseEnum<PartnerTier>(query.Tier));
        if (query.Region is not null)
            partners = partners.Where(p => p.Region == Validation.ParseEnum<Region>(query.Region));
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToLowerInvariant();
            partners = partners.Where(p => p.Name.ToLower().Contains(q) || p.Domain.Contains(q));
        }

        if (query.Page.After is { } after)
            partners = partners.Where(p => p.Id > after);
        var rows = await partners.OrderBy(p => p.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(p => p.ToResponse(user)).ToList(), query.Page.Limit, p => p.Id);
    }
}
