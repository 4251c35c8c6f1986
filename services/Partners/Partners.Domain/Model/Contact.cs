using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

/// <summary>A person at the partner: reps and engineers are the ones Enablement certifies.</summary>
public sealed class Contact : Entity
{
    private Contact()
    {
    }

    internal Contact(Guid partnerId, string firstName, string lastName, string email, ContactRole role, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        PartnerId = partnerId;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = NormalizeEmail(email);
        Role = role;
        Status = ContactStatus.Active;
        CreatedAt = now;
    }

    public Guid PartnerId { get; private set; }

    public string FirstName { get; private set; } = string.Empty;

    public string LastName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public ContactRole Role { get; private set; }

    public ContactStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    internal void Deactivate(DateTimeOffset now)
    {
        if (Status == ContactStatus.Inactive)
            throw new InvalidTransitionException($"Contact {Id} is already inactive.");
        Status = ContactStatus.Inactive;
        DeactivatedAt = now;
    }
}
