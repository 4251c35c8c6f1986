using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace ChannelPlatform.Hosting.Auth;

public static class AuthRegistration
{
    /// <summary>JWT bearer validation (every service validates itself: nothing trusts the network), roles and the current user.</summary>
    public static IServiceCollection AddPlatformAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        AuthRules.Check(options, environment);
        var withAuthority = !string.IsNullOrEmpty(options.Authority);
        services.AddSingleton(options);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            if (withAuthority)
                jwt.Authority = options.Authority; // its discovery document names the only keys that validate
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = withAuthority ? options.Authority : options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = withAuthority ? null : SigningKeys.From(options),
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
