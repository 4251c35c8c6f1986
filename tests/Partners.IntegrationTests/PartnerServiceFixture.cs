using System.Net.Http.Headers;
using ChannelPlatform.Testing;
using Partners.Api;

namespace Partners.IntegrationTests;

/// <summary>The Partner service on its own database and virtual host, once per test class.</summary>
public sealed class PartnerServiceFixture : ServiceFixture<PartnersApi>
{
    protected override string Prefix => "partner";

    /// <summary>A client for another user of a role (the token's <c>sub</c> differs), e.g. to show that idempotency keys are per caller.</summary>
    public HttpClient ClientNamed(string name, string role, Guid? partnerId = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId, name));
        return client;
    }
}
