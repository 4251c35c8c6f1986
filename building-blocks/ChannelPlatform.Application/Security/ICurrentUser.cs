namespace ChannelPlatform.Application.Security;

/// <summary>The authenticated caller. Partner users carry the partner they belong to.</summary>
public interface ICurrentUser
{
    string Subject { get; }

    string Name { get; }

    string Role { get; }

    Guid? PartnerId { get; }

    bool IsPartner => Role == Roles.Partner;

    bool IsChannelManager => Role == Roles.ChannelManager;

    /// <summary>True when the token's <c>scope</c> claim grants <paramref name="scope"/> (see <see cref="Scopes"/>).</summary>
    bool HasScope(string scope) => false;
}
