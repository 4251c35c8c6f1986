using Partners.Domain.Model;

namespace Partners.Application.Contacts;

public sealed record ContactResponse(
    Guid Id,
    Guid PartnerId,
    string FirstName,
    string LastName,
    string Email,
    ContactRole Role,
    ContactStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt);

public static class ContactMapping
{
    public static ContactResponse ToResponse(this Contact c) =>
        new(c.Id, c.PartnerId, c.FirstName, c.LastName, c.Email, c.Role, c.Status, c.CreatedAt, c.DeactivatedAt);
}
