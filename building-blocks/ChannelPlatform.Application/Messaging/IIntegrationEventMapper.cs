using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.Application.Messaging;

/// <summary>
/// A service's one mapping from its domain events to the integration events it publishes, so
/// what a service publishes is readable in one place.
/// </summary>
public interface IIntegrationEventMapper
{
    IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent);
}
