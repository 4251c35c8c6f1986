using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Endpoints;

/// <summary>
/// Where a partner wants its deliveries: an absolute http(s) URL without credentials or fragment.
/// Which schemes and addresses are allowed on this deployment is decided outside the domain (outbound policy).
/// </summary>
public sealed record WebhookUrl
{
    public const int MaxLength = 2000;

    private WebhookUrl(Uri uri) => Uri = uri;

    public Uri Uri { get; }

    public string Value => Uri.AbsoluteUri;

    public bool IsHttps => Uri.Scheme == Uri.UriSchemeHttps;

    public static WebhookUrl Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
            throw Invalid($"'url' must be an absolute https URL of at most {MaxLength} characters.");
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw Invalid("'url' must be an absolute https URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw Invalid("'url' must not carry a user name or password: the signature authenticates deliveries.");
        if (!string.IsNullOrEmpty(uri.Fragment))
            throw Invalid("'url' must not have a fragment.");
        if (string.IsNullOrEmpty(uri.Host))
            throw Invalid("'url' must name a host.");
        return new WebhookUrl(uri);
    }

    public override string ToString() => Value;

    private static InvalidValueException Invalid(string message) => new("url", message);
}
