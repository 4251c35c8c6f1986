namespace ChannelPlatform.Application.Messaging;

/// <summary>
/// One transaction per command: the handler's changes and the outbox rows they produce are saved
/// together by one <c>SaveChanges</c>. Joins an outer transaction when one is open (an inbox consumer).
/// </summary>
public interface IUnitOfWork
{
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
