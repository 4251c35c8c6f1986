using System.Net;
using ChannelPlatform.Testing;

namespace Webhooks.IntegrationTests;

/// <summary>The endpoint and delivery routes as a partner CRM calls them.</summary>
public sealed class WebhooksApiClient(HttpClient client)
{
    public const string Endpoints = "/api/v1/webhooks/endpoints";

    public HttpClient Http => client;

    public Task<Answer> RegisterAsync(Uri url, string[]? events = null, Guid? partnerId = null, string? description = null) =>
        client.PostJson(Endpoints, new { partnerId, url = url.ToString(), events = events ?? ["deal.approved"], description });

    public async Task<(Guid Id, string Secret)> RegisteredAsync(Uri url, string[]? events = null, Guid? partnerId = null)
    {
        var answer = await RegisterAsync(url, events, partnerId);
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return (answer.Id, answer.Str("secret")!);
    }

    public Task<Answer> GetAsync(Guid id) => client.GetJson($"{Endpoints}/{id}");

    public Task<Answer> PatchAsync(Guid id, object body) => HttpJson.SendAsync(client, HttpMethod.Patch, $"{Endpoints}/{id}", body, null);

    public Task<Answer> DeleteAsync(Guid id) => HttpJson.SendAsync(client, HttpMethod.Delete, $"{Endpoints}/{id}", null, null);

    public Task<Answer> DeliveriesAsync(Guid id, string? status = null) =>
        client.GetJson($"{Endpoints}/{id}/deliveries" + (status is null ? string.Empty : $"?status={status}"));

    /// <summary>The first attempt of the endpoint's first delivery, once there is one.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode?> FirstAttemptAsync(Guid endpointId) =>
        (await DeliveriesAsync(endpointId)).Body["items"]!.AsArray().FirstOrDefault()?["attempts"]?.AsArray().FirstOrDefault();

    public async Task<System.Text.Json.Nodes.JsonArray> DeliveryItemsAsync(Guid endpointId) => (await DeliveriesAsync(endpointId)).Body["items"]!.AsArray();

    public async Task<Answer> OnlyDeliveryAsync(Guid endpointId)
    {
        var list = await DeliveriesAsync(endpointId);
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        return new Answer(HttpStatusCode.OK, list.Body["items"]!.AsArray().ShouldHaveSingleItem(), null, null, null, string.Empty);
    }
}
