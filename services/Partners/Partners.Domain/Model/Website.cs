using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

/// <summary>A partner's website, normalised to its domain (<c>https://www.Acme.com/x</c> → <c>acme.com</c>) for duplicate checks.</summary>
public static class Website
{
    public static string ToDomain(string website)
    {
        var text = (website ?? string.Empty).Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.', StringComparison.Ordinal))
            throw new InvalidValueException("website", "website must be a web address or domain such as example.com.");
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
