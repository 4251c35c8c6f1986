namespace ChannelPlatform.Contracts;

/// <summary>
/// The stable RabbitMQ fanout exchange an integration event is published to (see EVENTS.md).
/// It is part of the public contract: foreign consumers bind their queues to it by this name,
/// so it never follows the CLR namespace or type name and never changes once published.
/// A breaking change is a new event type on a new <c>.v2</c> exchange.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExchangeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
