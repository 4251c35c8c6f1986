namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>Who sends a request: the <c>Authorization</c> header it carries (none when null).</summary>
/// <param name="Authenticates">Whether the gateway should let it through (a valid token of a known role).</param>
public sealed record Caller(string Name, string? Authorization, bool Authenticates)
{
    public override string ToString() => Name;
}
