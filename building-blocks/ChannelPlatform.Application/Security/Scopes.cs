namespace ChannelPlatform.Application.Security;

/// <summary>
/// What an <c>Integration</c> token may do beyond reading, granted by its space-separated <c>scope</c>
/// claim (CONTRACT.md "Auth"). Other roles gain nothing from a scope.
/// </summary>
public static class Scopes
{
    /// <summary>An LMS recording course completions and exam scores for any partner's reps.</summary>
    public const string EnablementWrite = "enablement:write";

    public static readonly IReadOnlyList<string> All = [EnablementWrite];
}
