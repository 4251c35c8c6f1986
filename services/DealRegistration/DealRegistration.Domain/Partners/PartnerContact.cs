namespace DealRegistration.Domain.Partners;

/// <summary>A partner's contact as DealRegistration knows it; a deactivation seen first is not undone by a late "added".</summary>
public sealed class PartnerContact
{
    private PartnerContact()
    {
    }

    public Guid ContactId { get; private set; }

    public Guid PartnerId { get; private set; }

    public string? Email { get; private set; }

    public string? Role { get; private set; }

    public bool Active { get; private set; }

    public bool Deactivated { get; private set; }

    public static PartnerContact Added(Guid contactId, Guid partnerId, string email, string role) =>
        new() { ContactId = contactId, PartnerId = partnerId, Email = email, Role = role, Active = true };

    public static PartnerContact DeactivatedUnseen(Guid contactId, Guid partnerId) =>
        new() { ContactId = contactId, PartnerId = partnerId, Active = false, Deactivated = true };

    public void Fill(string email, string role)
    {
        Email = email;
        Role = role;
        Active = !Deactivated;
    }

    public void Deactivate()
    {
        Deactivated = true;
        Active = false;
    }
}
