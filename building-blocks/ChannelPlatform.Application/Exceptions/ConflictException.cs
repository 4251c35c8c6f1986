namespace ChannelPlatform.Application.Exceptions;

/// <summary>A duplicate or a state conflict detected outside an aggregate (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
