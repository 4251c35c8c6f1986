namespace DealRegistration.Domain.Conflicts;

/// <summary>A customer's web domain, normalised for equality: scheme, "www." and path dropped, lower case.</summary>
public static class CustomerDomain
{
    public static string? Normalize(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
            return null;
        var text = domain.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !uri.Host.Contains('.', StringComparison.Ordinal))
            throw new ChannelPlatform.SharedKernel.InvalidValueException("customer.domain", "customer.domain must be a domain such as example.com.");
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
