using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.EndToEndTests.Scorecards;
using ChannelPlatform.Testing;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// CONTRACT.md "Gateway": every route prefix reaches its own service, path, query and token unchanged;
/// each service's OpenAPI document is reachable anonymously at <c>/swagger/{service}/swagger.json</c>.
/// </summary>
public sealed class ServiceRoutingTests : IAsyncLifetime
{
    private readonly Dictionary<string, StubService> _stubs = [];
    private GatewayApp _gateway = null!;

    public async Task InitializeAsync()
    {
        foreach (var service in StubbedGateway.Services)
            _stubs[service] = await StubService.StartAsync(EchoAs(service));
        _gateway = StubbedGateway.Start(_stubs);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        foreach (var stub in _stubs.Values)
            await stub.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v1/partners/0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10/contacts?limit=5", "Partner")]
    [InlineData("/api/v1/tiers", "Partner")]
    [InlineData("/api/v1/escalations?status=Open&breached=true", "Partner")]
    [InlineData("/api/v1/deals?overdue=true", "DealRegistration")]
    [InlineData("/api/v1/campaigns/0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10", "DealRegistration")]
    [InlineData("/api/v1/leads?status=New", "DealRegistration")]
    [InlineData("/api/v1/enablement/partners/0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10/certifications", "Enablement")]
    [InlineData("/api/v1/revenue/pipeline?quarter=2026-Q1&region=Emea", "Revenue")]
    [InlineData("/api/v1/webhooks/endpoints/0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10/deliveries?status=Failed", "Webhooks")]
    public async Task Each_prefix_reaches_its_service_with_path_query_and_token_unchanged(string path, string service)
    {
        using var manager = _gateway.Client(Roles.ChannelManager);
        var answer = await manager.GetJson(path);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Str("service").ShouldBe(service);
        var received = _stubs[service].Requests.ShouldHaveSingleItem();
        received.PathAndQuery.ShouldBe(path);
        received.Authorization.ShouldBe(manager.DefaultRequestHeaders.Authorization!.ToString());
        _stubs.Where(s => s.Key != service).SelectMany(s => s.Value.Requests).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("partner", "Partner")]
    [InlineData("dealregistration", "DealRegistration")]
    [InlineData("enablement", "Enablement")]
    [InlineData("revenue", "Revenue")]
    [InlineData("webhooks", "Webhooks")]
    public async Task Each_services_OpenAPI_document_is_proxied_anonymously(string name, string service)
    {
        using var anonymous = _gateway.CreateClient();
        var answer = await anonymous.GetJson($"/swagger/{name}/swagger.json");

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Str("service").ShouldBe(service);
        _stubs[service].Requests.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/swagger/v1/swagger.json");
    }

    private static Func<HttpContext, Task> EchoAs(string service) => http => StubService.Json($$"""{"service":"{{service}}"}""")(http);
}
