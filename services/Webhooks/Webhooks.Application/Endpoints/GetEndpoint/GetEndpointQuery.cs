using ChannelPlatform.Application.Security;
using Mediator;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Endpoints.GetEndpoint;

public sealed record GetEndpointQuery(Guid Id) : IQuery<EndpointResponse>;

public sealed class GetEndpointHandler(IWebhooksDbContext db, ICurrentUser user) : IQueryHandler<GetEndpointQuery, EndpointResponse>
{
    public async ValueTask<EndpointResponse> Handle(GetEndpointQuery q, CancellationToken ct) =>
        (await db.GetEndpointAsync(user, q.Id, ct, track: false)).ToResponse();
}
