using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Mediator;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Endpoints.DeleteEndpoint;

public sealed record DeleteEndpointCommand(Guid Id) : ICommand<Unit>, ITransactional;

/// <summary>Deletes the endpoint with its deliveries and their log: nothing more is sent to it.</summary>
public sealed class DeleteEndpointHandler(IWebhooksDbContext db, ICurrentUser user, IRequestPreconditions preconditions) : ICommandHandler<DeleteEndpointCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteEndpointCommand c, CancellationToken ct)
    {
        var endpoint = await db.GetEndpointAsync(user, c.Id, ct);
        preconditions.EnsureVersion(endpoint.Version);
        db.Endpoints.Remove(endpoint);
        return Unit.Value;
    }
}
