using ChannelPlatform.Application.Exceptions;

namespace ChannelPlatform.Application.Security;

/// <summary>The request's <c>If-Match</c> value, if any; handlers check it against the aggregate they loaded.</summary>
public interface IRequestPreconditions
{
    string? IfMatch { get; }

    void EnsureVersion(int currentVersion)
    {
        if (IfMatch is null || IfMatch == "*")
            return;
        var current = VersionTag.Format(currentVersion);
        if (VersionTag.Normalize(IfMatch) != current)
            throw new PreconditionFailedException(IfMatch, current);
    }
}

public static class VersionTag
{
    public static string Format(int version) => $"v{version}";

    public static string Normalize(string tag) => tag.Trim().TrimStart('W', '/').Trim('"');
}
