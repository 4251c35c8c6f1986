namespace ChannelPlatform.Application.Exceptions;

/// <summary>An unknown id, or one that belongs to another partner (never 403: existence is not revealed).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
