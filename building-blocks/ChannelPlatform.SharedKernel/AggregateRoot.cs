namespace ChannelPlatform.SharedKernel;

/// <summary>
/// A consistency boundary. Behaviour methods check rules and record domain events; the unit of
/// work turns those into outbox rows in the same transaction and bumps <see cref="Version"/>.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Optimistic concurrency token, exposed to clients as an opaque ETag.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();

    public void IncrementVersion() => Version++;
}
