using System.Net;
using ChannelPlatform.SharedKernel;
using Microsoft.Extensions.Options;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Safety;

/// <summary>
/// Where this deployment may send: https only unless http is allowed (Development), and public addresses only
/// unless private networks are allowed. Checked at registration on what the URL says, and again at delivery on
/// every address its host resolves to, right before connecting (DNS may answer differently by then).
/// </summary>
public sealed class OutboundPolicy(IOptions<WebhooksOptions> options)
{
    private WebhooksOptions Options => options.Value;

    /// <summary>At registration: the scheme, and a host that is an IP literal or a loopback name.</summary>
    public void EnsureAllowed(WebhookUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsHttps && !Options.AllowHttp)
            throw new InvalidValueException("url", "'url' must use https.");
        if (Options.AllowPrivateNetworks)
            return;
        var host = url.Uri.IdnHost.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal) && !AddressRules.IsPublic(literal))
            throw NotPublic();
        if (IsLoopbackName(host))
            throw NotPublic();
    }

    public bool SchemeAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && Options.AllowHttp);
    }

    public bool AddressAllowed(IPAddress address) => Options.AllowPrivateNetworks || AddressRules.IsPublic(address);

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static InvalidValueException NotPublic() =>
        new("url", "'url' must point to a public internet address: loopback, private, link-local and other internal addresses are refused.");
}
