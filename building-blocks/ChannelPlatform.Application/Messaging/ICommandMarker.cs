namespace ChannelPlatform.Application.Messaging;

/// <summary>Marks a request that changes state, so the unit-of-work behaviour wraps it in one transaction.</summary>
public interface ITransactional;
