namespace ChannelPlatform.SharedKernel;

/// <summary>
/// A consistency boundary. Behaviour methods check rules and record domain events; the unit of
/// work turns those into outbox rows in the same transaction. <see cref="Version"/> is the
/// optimistic-concurrency token: every change moves it on.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Optimistic concurrency token, exposed to clients as an opaque ETag.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Records what happened and moves the version on, so the response of the command carries the new ETag.</summary>
    protected void Raise(IDomainEvent domainEvent)
    {
        _domainEvents.Add(domainEvent);
        Version++;
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>For a change that raises no event.</summary>
    protected void IncrementVersion() => Version++;
}
