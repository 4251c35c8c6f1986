using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Partners.Application.Contacts;
using Partners.Application.Contacts.AddContact;
using Partners.Application.Contacts.AddContactsInBulk;
using Partners.Application.Contacts.DeactivateContact;
using Partners.Application.Contacts.ListContacts;

namespace Partners.Api.Endpoints;

internal static class ContactEndpoints
{
    public sealed record BulkContactsRequest(IReadOnlyList<ContactInput>? Contacts);

    public static void MapContactEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/partners/{id:guid}/contacts").WithTags("Contacts");

        group.MapPost("/", async (Guid id, ContactInput body, ISender sender, CancellationToken ct) =>
            {
                var contact = await sender.Send(new AddContactCommand(id, body.FirstName, body.LastName, body.Email, body.Role), ct);
                return TypedResults.Created($"/api/v1/partners/{id}/contacts/{contact.Id}", contact);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("AddContact")
            .WithSummary("Add a contact; the email is unique per partner (409).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPost("/bulk", async (Guid id, BulkContactsRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AddContactsInBulkCommand(id, body.Contacts), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("AddContactsInBulk")
            .WithSummary("Add up to 1000 contacts; each row is created or rejected on its own, with the reason.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapGet("/", async (Guid id, string? status, string? role, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListContactsQuery(id, status, role, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListContacts")
            .WithSummary("The partner's contacts, by status and role, paged.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{contactId:guid}/deactivate", async (Guid id, Guid contactId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DeactivateContactCommand(id, contactId), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("DeactivateContact")
            .WithSummary("Deactivate a contact (409 when its status does not allow it).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }
}
