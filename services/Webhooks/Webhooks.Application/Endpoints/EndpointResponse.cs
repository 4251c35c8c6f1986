using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Endpoints;

/// <summary>An endpoint as its owner sees it. The signing secret is never part of it: it is shown once, on creation and rotation.</summary>
public sealed record EndpointResponse(
    Guid Id,
    Guid PartnerId,
    string Url,
    IReadOnlyList<string> Events,
    string? Description,
    bool Enabled,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    DateTimeOffset? FailingSince,
    string? LastError,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Version) : IVersioned;

/// <summary>The answer to creating an endpoint or rotating its secret: the endpoint and, this once, its new secret.</summary>
/// <param name="Secret">The Standard Webhooks signing secret (<c>whsec_</c> + base64). Store it now: it is never shown again.</param>
public sealed record EndpointWithSecretResponse(
    Guid Id,
    Guid PartnerId,
    string Url,
    IReadOnlyList<string> Events,
    string? Description,
    bool Enabled,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset CreatedAt,
    string Secret,
    string Version) : IVersioned;

public static class EndpointMapping
{
    public static EndpointResponse ToResponse(this WebhookEndpoint e) =>
        new(
            e.Id,
            e.PartnerId,
            e.Url,
            e.Events,
            e.Description,
            e.Enabled,
            e.DisabledAt,
            e.DisabledReason,
            e.FailingSince,
            e.LastError,
            e.PreviousSecretExpiresAt,
            e.CreatedAt,
            e.UpdatedAt,
            VersionTag.Format(e.Version));

    public static EndpointWithSecretResponse ToResponse(this WebhookEndpoint e, string secret) =>
        new(e.Id, e.PartnerId, e.Url, e.Events, e.Description, e.Enabled, e.PreviousSecretExpiresAt, e.CreatedAt, secret, VersionTag.Format(e.Version));
}
