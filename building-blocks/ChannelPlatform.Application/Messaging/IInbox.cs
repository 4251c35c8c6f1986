namespace ChannelPlatform.Application.Messaging;

/// <summary>Applies a message once per consumer, whatever the number of deliveries.</summary>
public interface IInbox
{
    /// <returns>false when the message had already been applied by this consumer.</returns>
    Task<bool> ExecuteOnceAsync(Guid messageId, string consumer, Func<CancellationToken, Task> effect, CancellationToken cancellationToken);
}
