using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using ChannelPlatform.Hosting.Auth;
using Microsoft.IdentityModel.Tokens;

namespace ChannelPlatform.Testing;

/// <summary>
/// Real JWTs, signed and shaped as the gateway's dev-token endpoint makes them, valid from a day
/// ago for 400 days, so they authenticate whether a service checks lifetimes on the wall clock or
/// on a fake clock the test moves by months.
/// </summary>
public sealed class TestTokens(string signingKey)
{
    private static readonly TimeSpan Shift = TimeSpan.FromDays(-1);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);
    private readonly AuthOptions _options = new() { SigningKey = signingKey };

    public string For(string role, Guid? partnerId = null, string name = "test", IReadOnlyCollection<string>? scopes = null) =>
        new DevTokenIssuer(_options, new ShiftedClock(Shift), Lifetime).Issue(role, name, partnerId, scopes: scopes).Token;

    /// <summary>A token shaped as <see cref="For"/> makes them, whose lifetime ended 100 days ago (whatever the test's clock shift).</summary>
    public string Expired(string role, Guid? partnerId = null, string name = "expired") =>
        new DevTokenIssuer(_options, new ShiftedClock(TimeSpan.FromDays(-500)), Lifetime).Issue(role, name, partnerId).Token;

    /// <summary>A token with exactly these claims (e.g. no <c>sub</c>, or two roles), signed with the same key.</summary>
    public string WithClaims(params Claim[] claims)
    {
        var now = DateTime.UtcNow + Shift;
        var token = new JwtSecurityToken(
            _options.Issuer, _options.Audience, claims, now, now + Lifetime,
            new SigningCredentials(SigningKeys.From(_options), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
