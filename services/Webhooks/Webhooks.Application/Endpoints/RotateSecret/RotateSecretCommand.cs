using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.Extensions.Options;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Endpoints.RotateSecret;

public sealed record RotateSecretCommand(Guid Id) : ICommand<EndpointWithSecretResponse>, ITransactional;

/// <summary>
/// A new secret, shown once. Deliveries carry a signature by each secret (space-separated, as Standard Webhooks
/// allows) until the old one expires, so receivers can switch over at their own pace.
/// </summary>
public sealed class RotateSecretHandler(
    IWebhooksDbContext db, ICurrentUser user, IRequestPreconditions preconditions, ISecretProtector protector, IOptions<WebhooksOptions> options, TimeProvider clock)
    : ICommandHandler<RotateSecretCommand, EndpointWithSecretResponse>
{
    public async ValueTask<EndpointWithSecretResponse> Handle(RotateSecretCommand c, CancellationToken ct)
    {
        var endpoint = await db.GetEndpointAsync(user, c.Id, ct);
        preconditions.EnsureVersion(endpoint.Version);
        var secret = SigningSecret.New();
        endpoint.RotateSecret(protector.Protect(secret), options.Value.SecretOverlap, clock.GetUtcNow());
        return endpoint.ToResponse(secret);
    }
}
