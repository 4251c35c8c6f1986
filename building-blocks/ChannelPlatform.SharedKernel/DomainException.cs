namespace ChannelPlatform.SharedKernel;

/// <summary>An invalid transition (409): the current status does not allow the command.</summary>
public sealed class InvalidTransitionException(string message) : Exception(message);

/// <summary>A value that breaks a domain invariant of its own (400 when it comes from a request field).</summary>
public sealed class InvalidValueException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
