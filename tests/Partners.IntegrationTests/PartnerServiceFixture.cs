using ChannelPlatform.Testing;
using Partners.Api;

namespace Partners.IntegrationTests;

/// <summary>The Partner service on its own database and virtual host, once per test class.</summary>
public sealed class PartnerServiceFixture : ServiceFixture<PartnersApi>
{
    protected override string Prefix => "partner";
}
