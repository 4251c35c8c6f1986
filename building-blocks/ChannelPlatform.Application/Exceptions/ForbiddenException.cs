namespace ChannelPlatform.Application.Exceptions;

/// <summary>The caller's role may not do this (403). Not used to hide another partner's data: that is a 404.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
