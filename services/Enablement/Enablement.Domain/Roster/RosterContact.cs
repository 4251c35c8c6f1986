namespace Enablement.Domain.Roster;

/// <summary>A partner contact; active reps are the active SalesRep and SalesEngineer contacts.</summary>
public sealed class RosterContact
{
    public static readonly string[] RepRoles = ["SalesRep", "SalesEngineer"];

    private RosterContact()
    {
    }

    public Guid ContactId { get; private set; }

    public Guid PartnerId { get; private set; }

    public string FirstName { get; private set; } = string.Empty;

    public string LastName { get; private set; } = string.Empty;

    public string Role { get; private set; } = string.Empty;

    public bool Active { get; private set; }

    public bool Deactivated { get; private set; }

    public bool IsRep => RepRoles.Contains(Role);

    public static RosterContact Added(Guid contactId, Guid partnerId, string firstName, string lastName, string role) =>
        new() { ContactId = contactId, PartnerId = partnerId, FirstName = firstName, LastName = lastName, Role = role, Active = true };

    public static RosterContact DeactivatedUnseen(Guid contactId, Guid partnerId) =>
        new() { ContactId = contactId, PartnerId = partnerId, Deactivated = true };

    public void Fill(string firstName, string lastName, string role)
    {
        FirstName = firstName;
        LastName = lastName;
        Role = role;
        Active = !Deactivated;
    }

    public void Deactivate()
    {
        Deactivated = true;
        Active = false;
    }
}
