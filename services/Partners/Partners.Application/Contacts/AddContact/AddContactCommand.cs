using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Contacts.AddContact;

public sealed record AddContactCommand(Guid PartnerId, string? FirstName, string? LastName, string? Email, string? Role)
    : ICommand<ContactResponse>, ITransactional, IContactFields;

public sealed class AddContactValidator : AbstractValidator<AddContactCommand>
{
    public AddContactValidator() => Include(new ContactFieldsValidator<AddContactCommand>());
}

public sealed class AddContactHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddContactCommand, ContactResponse>
{
    public async ValueTask<ContactResponse> Handle(AddContactCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken, withContacts: true);
        var contact = partner.AddContact(c.FirstName!, c.LastName!, c.Email!, Validation.ParseEnum<ContactRole>(c.Role!), clock.GetUtcNow());
        return contact.ToResponse();
    }
}
