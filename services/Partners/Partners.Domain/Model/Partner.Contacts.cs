using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

public sealed partial class Partner
{
    public Contact AddContact(string firstName, string lastName, string email, ContactRole role, DateTimeOffset now)
    {
        if (Status == PartnerStatus.Terminated)
            throw new InvalidTransitionException("Partner is Terminated; contacts cannot be added.");
        var normalized = Contact.NormalizeEmail(email);
        CheckRule(new ContactEmailMustBeUniqueWithinPartner(_contacts, normalized));
        var contact = new Contact(Id, firstName, lastName, normalized, role, now);
        _contacts.Add(contact);
        Raise(new ContactAdded(this, contact, now));
        return contact;
    }

    public Contact DeactivateContact(Guid contactId, DateTimeOffset now)
    {
        var contact = _contacts.SingleOrDefault(c => c.Id == contactId)
            ?? throw new KeyNotFoundException($"Contact '{contactId}' was not found.");
        contact.Deactivate(now);
        Raise(new ContactDeactivated(this, contact, now));
        return contact;
    }

    private sealed record ContactEmailMustBeUniqueWithinPartner(IEnumerable<Contact> Contacts, string Email) : IBusinessRule
    {
        public bool IsBroken() => Contacts.Any(c => c.Email == Email);

        public string Message => $"A contact with email '{Email}' already exists for this partner.";

        public RuleKind Kind => RuleKind.Conflict;
    }
}
