using ChannelPlatform.Application.Security;
using ChannelPlatform.Hosting.Auth;
using FluentValidation;
using FluentValidation.Results;

namespace ChannelPlatform.Gateway.DevTokens;

/// <summary>
/// <c>POST /api/v1/auth/dev-token</c>: exists only in Development with <c>Auth:DevTokens:Enabled=true</c>.
/// Other environments take tokens from the OIDC authority in configuration.
/// </summary>
internal static class DevTokenEndpoint
{
    public const string OperationId = "IssueDevToken";

    public sealed record DevTokenRequest(string? Role, Guid? PartnerId, string? Name);

    public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

    public static bool IsEnabled(IWebHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() && configuration.GetValue("Auth:DevTokens:Enabled", false);

    public static void MapDevTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/dev-token", (DevTokenRequest body, DevTokenIssuer issuer) =>
            {
                Validate(body);
                var role = Roles.All.Single(r => string.Equals(r, body.Role, StringComparison.OrdinalIgnoreCase));
                var (token, expires) = issuer.Issue(role, string.IsNullOrWhiteSpace(body.Name) ? role : body.Name.Trim(), role == Roles.Partner ? body.PartnerId : null);
                return TypedResults.Ok(new DevTokenResponse(token, expires));
            })
            .AllowAnonymous()
            .WithName(OperationId)
            .ProducesValidationProblem()
            .WithTags("Development")
            .WithSummary("Issue a development token: { role: ChannelManager|Partner|Integration, partnerId (Partner only), name }.");
    }

    private static void Validate(DevTokenRequest body)
    {
        var failures = new List<ValidationFailure>();
        if (!Roles.All.Any(r => string.Equals(r, body.Role, StringComparison.OrdinalIgnoreCase)))
            failures.Add(new ValidationFailure("role", $"'role' must be one of: {string.Join(", ", Roles.All)}."));
        else if (string.Equals(body.Role, Roles.Partner, StringComparison.OrdinalIgnoreCase) && body.PartnerId is null)
            failures.Add(new ValidationFailure("partnerId", "'partnerId' is required for the Partner role."));
        if (body.Name?.Length > 200)
            failures.Add(new ValidationFailure("name", "'name' must be at most 200 characters."));
        if (failures.Count > 0)
            throw new ValidationException(failures);
    }
}
