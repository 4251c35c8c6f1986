using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.EndToEndTests;

/// <summary>Issue 14's "done means": a partner registers an endpoint through the gateway, its deal is approved, its receiver gets it signed.</summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceWebhookTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task A_partners_loopback_receiver_gets_a_signed_deal_approved_within_seconds_of_the_approval()
    {
        var received = new ConcurrentQueue<(IHeaderDictionary Headers, string Body)>();
        await using var receiver = await StartReceiverAsync(received);
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var partnerId = await manager.ActivePartnerAsync();
        using var partner = await platform.ClientAsync(Roles.Partner, partnerId);
        var endpoint = await partner.PostJson("/api/v1/webhooks/endpoints", new { url = $"{Address(receiver)}/crm/hooks", events = new[] { "deal.approved" } });
        endpoint.Status.ShouldBe(HttpStatusCode.Created, endpoint.ToString());
        var secret = endpoint.Str("secret")!;
        var deal = await CrossServiceRequests.RegisterOnceActiveAsync(partner, CrossServiceRequests.Deal(CrossServiceRequests.UniqueCompany(), [CrossServiceRequests.UniqueProduct()]));

        var approved = await manager.PostJson($"/api/v1/deals/{deal.Id}/approve", new { notes = "ok" });
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());

        await Eventually.True(() => Task.FromResult(!received.IsEmpty), TimeSpan.FromSeconds(15), "the signed deal.approved");
        var (headers, body) = received.Single();
        Should.NotThrow(() => new StandardWebhooks.StandardWebhook(secret).Verify(body, headers));
        var json = JsonNode.Parse(body)!;
        json["type"]!.GetValue<string>().ShouldBe("deal.approved");
        json["data"]!["dealId"]!.GetValue<string>().ShouldBe(deal.Id.ToString());
        json["data"]!["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
    }

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<(IHeaderDictionary, string)> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            received.Enqueue((new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), await reader.ReadToEndAsync()));
            return Results.NoContent();
        });
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
