namespace ChannelPlatform.Application.Exceptions;

/// <summary>The <c>If-Match</c> version does not match the resource's current version (412).</summary>
public sealed class PreconditionFailedException(string expected, string actual)
    : Exception($"If-Match '{expected}' does not match the current version '{actual}'.");
