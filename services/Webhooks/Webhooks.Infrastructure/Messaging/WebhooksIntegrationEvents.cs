using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using Webhooks.Domain.Endpoints;
using Contract = ChannelPlatform.Contracts.Webhooks;

namespace Webhooks.Infrastructure.Messaging;

/// <summary>Everything Webhooks publishes, in one place: domain event → integration event (EVENTS.md).</summary>
internal sealed class WebhooksIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        IIntegrationEvent? mapped = domainEvent switch
        {
            WebhookEndpointDisabledEvent e => new Contract.WebhookEndpointDisabled(
                Guid.CreateVersion7(), e.OccurredAt, e.Endpoint.Id, e.Endpoint.PartnerId, e.Endpoint.Url, e.Endpoint.LastError ?? string.Empty, e.OccurredAt),
            _ => null,
        };
        return mapped is null ? [] : [mapped];
    }
}
