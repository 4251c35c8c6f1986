using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Mediator;
using Partners.Application.Abstractions;

namespace Partners.Application.Contacts.DeactivateContact;

public sealed record DeactivateContactCommand(Guid PartnerId, Guid ContactId) : ICommand<ContactResponse>, ITransactional;

public sealed class DeactivateContactHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeactivateContactCommand, ContactResponse>
{
    public async ValueTask<ContactResponse> Handle(DeactivateContactCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken, withContacts: true);
        if (partner.Contacts.All(x => x.Id != c.ContactId))
            throw new NotFoundException("Contact", c.ContactId);
        return partner.DeactivateContact(c.ContactId, clock.GetUtcNow()).ToResponse();
    }
}
