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

    public sealed record DevTokenRequest(string? Role, Guid? PartnerId, string? Name, IReadOnlyList<string>? Scopes = null);

    public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

    public static bool IsEnabled(IWebHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() && configuration.GetValue("Auth:DevTokens:Enabled", false);

    public static void MapDevTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/dev-token", (DevTokenRequest body, DevTokenIssuer issuer) =>
            {
                Validate(body);
                var role = Roles.All.Single(r => string.Equals(r, body.Role, StringComparison.OrdinalIgnoreCase));
                var name = string.IsNullOrWhiteSpace(body.Name) ? role : body.Name.Trim();
                var scopes = body.Scopes?.Distinct(StringComparer.Ordinal).ToList();
                var (token, expires) = issuer.Issue(role, name, role == Roles.Partner ? body.PartnerId : null, scopes: scopes);
                return TypedResults.Ok(new DevTokenResponse(token, expires));
            })
            .AllowAnonymous()
            .WithName(OperationId)
            .ProducesValidationProblem()
            .WithTags("Development")
            .WithSummary("Issue a development token: { role: ChannelManager|Partner|Integration, partnerId (Partner only), name, "
                + "scopes (Integration only: enablement:write) }; scopes go into the space-separated `scope` claim.");
    }

    private static void Validate(DevTokenRequest body)
    {
        var failures = new List<ValidationFailure>();
        if (!Roles.All.Any(r => string.Equals(r, body.Role, StringComparison.OrdinalIgnoreCase)))
            failures.Add(new ValidationFailure("role", $"'role' must be one of: {string.Join(", ", Roles.All)}."));
        else if (string.Equals(body.Role, Roles.Partner, StringComparison.OrdinalIgnoreCase) && body.PartnerId is null)
            failures.Add(new ValidationFailure("partnerId", "'partnerId' is required for the Partner role."));
        if (body.Scopes is { Count: > 0 } scopes)
            ValidateScopes(body.Role, scopes, failures);
        if (body.Name?.Length > 200)
            failures.Add(new ValidationFailure("name", "'name' must be at most 200 characters."));
        if (failures.Count > 0)
            throw new ValidationException(failures);
    }

    // A scope widens an Integration token only; on another role it would promise what the services never grant.
    private static void ValidateScopes(string? role, IReadOnlyList<string> scopes, List<ValidationFailure> failures)
    {
        if (!string.Equals(role, Roles.Integration, StringComparison.OrdinalIgnoreCase))
            failures.Add(new ValidationFailure("scopes", "'scopes' are granted to Integration tokens only."));
        else if (scopes.FirstOrDefault(s => !Scopes.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
            failures.Add(new ValidationFailure("scopes", $"Unknown scope '{unknown}'; known scopes: {string.Join(", ", Scopes.All)}."));
    }
}
