using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace ChannelPlatform.Hosting.Auth;

public static class AuthRegistration
{
    /// <summary>JWT bearer validation (every service validates itself: nothing trusts the network), roles and the current user.</summary>
    public static IServiceCollection AddPlatformAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            if (!string.IsNullOrEmpty(options.Authority))
                jwt.Authority = options.Authority;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = string.IsNullOrEmpty(options.Authority) ? options.Issuer : options.Authority,
                ValidAudience = options.Audience,
                IssuerSigningKey = SigningKeys.From(options),
                ValidateIssuerSigningKey = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = PlatformClaims.Name,
                RoleClaimType = PlatformClaims.Role,
            };
        });
        services.AddAuthorization(Policies.Configure);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
