using ChannelPlatform.Application.Security;
using ChannelPlatform.Hosting.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Enablement.Api.Endpoints;

/// <summary>Who may record training: channel managers, partner users (own reps), and LMS integrations with <c>enablement:write</c>.</summary>
internal static class EnablementPolicies
{
    public const string RecordTraining = "record-training";

    public static void AddEnablementPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(RecordTraining, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.ChannelManager, Roles.Partner, Roles.Integration)
            .RequireAssertion(c => !c.User.IsInRole(Roles.Partner) || Guid.TryParse(c.User.FindFirst(PlatformClaims.PartnerId)?.Value, out _))
            // A plain Integration token stays read-only (CONTRACT.md "Auth").
            .RequireAssertion(c => !c.User.IsInRole(Roles.Integration) || ScopeClaims.Grants(c.User, Scopes.EnablementWrite)));
}
