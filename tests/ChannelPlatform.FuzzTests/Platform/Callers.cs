using ChannelPlatform.Testing;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>
/// Every kind of caller the issue names: each role (a Partner with its real partner id), anonymous, and the broken
/// ones (expired, signed with another key, a Partner token without partner_id, malformed headers).
/// </summary>
public sealed class Callers
{
    private const string AnotherKey = "a-different-signing-key-that-the-platform-never-trusts-0123456789";

    public Callers(TestTokens tokens, Guid partnerId)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Manager = Bearer("ChannelManager", tokens.For("ChannelManager", name: "fuzz manager"));
        Partner = Bearer("Partner", tokens.For("Partner", partnerId, "fuzz partner"));
        Integration = Bearer("Integration", tokens.For("Integration", name: "fuzz integration"));
        Valid = [Manager, Partner, Integration];
        Broken =
        [
            new Caller("anonymous", null, false),
            new Caller("expired token", $"Bearer {tokens.Expired("ChannelManager")}", false),
            new Caller("token signed with another key", $"Bearer {new TestTokens(AnotherKey).For("ChannelManager")}", false),
            new Caller("Partner token without partner_id", $"Bearer {tokens.For("Partner")}", true),
            new Caller("malformed bearer", "Bearer not.a.jwt", false),
            new Caller("Basic scheme", "Basic Zm9vOmJhcg==", false),
            new Caller("empty bearer", "Bearer ", false),
            new Caller("huge bearer", "Bearer " + new string('A', 6000), false),
        ];
    }

    public Caller Manager { get; }

    public Caller Partner { get; }

    public Caller Integration { get; }

    public IReadOnlyList<Caller> Valid { get; }

    public IReadOnlyList<Caller> Broken { get; }

    private static Caller Bearer(string role, string token) => new(role, $"Bearer {token}", true);
}
