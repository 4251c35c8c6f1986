using System.Security.Claims;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>Reads the <c>scope</c> claim, whether one space-separated claim or one claim per scope.</summary>
public static class ScopeClaims
{
    public static bool Grants(ClaimsPrincipal? user, string scope) =>
        user?.FindAll(PlatformClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal) ?? false;
}
