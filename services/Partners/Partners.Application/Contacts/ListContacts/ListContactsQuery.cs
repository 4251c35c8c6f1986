using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Contacts.ListContacts;

public sealed record ListContactsQuery(Guid PartnerId, string? Status, string? Role, PageRequest Page) : IQuery<Page<ContactResponse>>;

public sealed class ListContactsValidator : AbstractValidator<ListContactsQuery>
{
    public ListContactsValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ListContactsQuery, ContactStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Role).IsEnumName<ListContactsQuery, ContactRole>().When(q => q.Role is not null);
    }
}

public sealed class ListContactsHandler(IPartnersDbContext db, ICurrentUser user) : IQueryHandler<ListContactsQuery, Page<ContactResponse>>
{
    public async ValueTask<Page<ContactResponse>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, query.PartnerId, cancellationToken);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.PartnerId == query.PartnerId);
        if (query.Status is not null)
            contacts = contacts.Where(c => c.Status == Validation.ParseEnum<ContactStatus>(query.Status));
        if (query.Role is not null)
            contacts = contacts.Where(c => c.Role == Validation.ParseEnum<ContactRole>(query.Role));
        if (query.Page.After is { } after)
            contacts = contacts.Where(c => c.Id > after);
        var rows = await contacts.OrderBy(c => c.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(c => c.ToResponse()).ToList(), query.Page.Limit, c => c.Id);
    }
}
