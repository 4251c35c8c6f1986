using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Contacts.AddContactsInBulk;

public sealed record AddContactsInBulkCommand(Guid PartnerId, IReadOnlyList<ContactInput>? Contacts) : ICommand<BulkContactsResult>, ITransactional;

public enum BulkRowStatus
{
    Created,
    Rejected,
}

public sealed record BulkContactRow(int Index, BulkRowStatus Status, string? Email, ContactResponse? Contact, IReadOnlyDictionary<string, string[]>? Errors);

public sealed record BulkContactsResult(int Created, int Rejected, IReadOnlyList<BulkContactRow> Results);

public sealed class AddContactsInBulkValidator : AbstractValidator<AddContactsInBulkCommand>
{
    public const int MaxRows = 1000;

    public AddContactsInBulkValidator() =>
        RuleFor(c => c.Contacts).NotEmpty().Must(c => c!.Count <= MaxRows).WithMessage($"At most {MaxRows} contacts per request.");
}

/// <summary>Each row stands alone: valid rows are added, invalid or duplicate rows are reported with the reason.</summary>
public sealed class AddContactsInBulkHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddContactsInBulkCommand, BulkContactsResult>
{
    private static readonly ContactFieldsValidator<ContactInput> RowValidator = new();

    public async ValueTask<BulkContactsResult> Handle(AddContactsInBulkCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken, withContacts: true);
        var now = clock.GetUtcNow();
        var results = new List<BulkContactRow>(c.Contacts!.Count);
        for (var i = 0; i < c.Contacts.Count; i++)
            results.Add(AddRow(partner, i, c.Contacts[i], now));
        var created = results.Count(r => r.Status == BulkRowStatus.Created);
        return new BulkContactsResult(created, results.Count - created, results);
    }

    private static BulkContactRow AddRow(Partner partner, int index, ContactInput? input, DateTimeOffset now)
    {
        if (input is null)
            return Rejected(index, null, "contact", "The row is empty.");
        var validation = RowValidator.Validate(input);
        if (!validation.IsValid)
        {
            var errors = validation.Errors.GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
            return new BulkContactRow(index, BulkRowStatus.Rejected, input.Email, null, errors);
        }

        try
        {
            var contact = partner.AddContact(input.FirstName!, input.LastName!, input.Email!, Validation.ParseEnum<ContactRole>(input.Role!), now);
            return new BulkContactRow(index, BulkRowStatus.Created, contact.Email, contact.ToResponse(), null);
        }
        catch (BusinessRuleViolationException ex)
        {
            return Rejected(index, input.Email, "email", ex.Message);
        }
        catch (InvalidTransitionException ex)
        {
            return Rejected(index, input.Email, "partner", ex.Message);
        }
    }

    private static BulkContactRow Rejected(int index, string? email, string field, string message) =>
        new(index, BulkRowStatus.Rejected, email, null, new Dictionary<string, string[]> { [field] = [message] });
}
