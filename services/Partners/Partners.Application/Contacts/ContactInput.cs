using ChannelPlatform.Application;
using FluentValidation;
using Partners.Domain.Model;

namespace Partners.Application.Contacts;

public interface IContactFields
{
    string? FirstName { get; }

    string? LastName { get; }

    string? Email { get; }

    string? Role { get; }
}

public sealed record ContactInput(string? FirstName, string? LastName, string? Email, string? Role) : IContactFields;

/// <summary>The rules of a contact's fields, shared by the single and the bulk add.</summary>
public sealed class ContactFieldsValidator<T> : AbstractValidator<T>
    where T : IContactFields
{
    public ContactFieldsValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(c => c.LastName).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Email).IsEmail();
        RuleFor(c => c.Role).IsEnumName<T, ContactRole>();
    }
}
