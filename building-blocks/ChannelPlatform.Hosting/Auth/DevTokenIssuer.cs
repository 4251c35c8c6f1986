using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChannelPlatform.Hosting.Auth;

/// <summary>Signs development tokens with the shared key (gateway dev-token endpoint, tests).</summary>
public sealed class DevTokenIssuer(AuthOptions options, TimeProvider clock, TimeSpan? lifetime = null)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public (string Token, DateTimeOffset ExpiresAt) Issue(
        string role, string name, Guid? partnerId, string? subject = null, IReadOnlyCollection<string>? scopes = null)
    {
        var key = SigningKeys.From(options) ?? throw new InvalidOperationException("Auth:SigningKey is not configured.");
        var now = clock.GetUtcNow();
        var expires = now + (lifetime ?? DefaultLifetime);
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, subject ?? $"dev|{name}|{role}|{partnerId}"),
            new(PlatformClaims.Name, name),
            new(PlatformClaims.Role, role),
        };
        if (partnerId is { } id)
            claims.Add(new Claim(PlatformClaims.PartnerId, id.ToString()));
        if (scopes is { Count: > 0 })
            claims.Add(new Claim(PlatformClaims.Scope, string.Join(' ', scopes)));
        var token = new JwtSecurityToken(
            options.Issuer,
            options.Audience,
            claims,
            now.UtcDateTime,
            expires.UtcDateTime,
            new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}

public static class SigningKeys
{
    public static SymmetricSecurityKey? From(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }
}
