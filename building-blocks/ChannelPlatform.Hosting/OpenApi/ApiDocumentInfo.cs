namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// What every document says about where the API is and who stands behind it; configuration section
/// <c>OpenApi</c>. The default server is relative: requests go to the host the document was read from,
/// which for the gateway's Swagger UI is the gateway.
/// </summary>
public sealed class ApiDocumentInfo
{
    public const string Section = "OpenApi";

    public string ServerUrl { get; set; } = "/";

    public string ServerDescription { get; set; } = "The host this document was read from: the gateway, when read through it.";

    public string ContactName { get; set; } = "Channel Platform team";

    public string ContactEmail { get; set; } = "channel-platform@example.com";

    public Uri ContactUrl { get; set; } = new("https://channel-platform.example.com/support");

    public string LicenseName { get; set; } = "Proprietary: for Channel Platform staff, partners and integrators";

    public Uri LicenseUrl { get; set; } = new("https://channel-platform.example.com/api-terms");
}
