using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelPlatform.Testing;

/// <summary>JSON over HTTP as a frontend would send it, and answers read as JSON nodes.</summary>
public static class HttpJson
{
    public static async Task<Answer> PostJson(this HttpClient client, string path, object? body, IDictionary<string, string>? headers = null) =>
        await SendAsync(client, HttpMethod.Post, path, body, headers);

    public static async Task<Answer> PutJson(this HttpClient client, string path, object? body, IDictionary<string, string>? headers = null) =>
        await SendAsync(client, HttpMethod.Put, path, body, headers);

    public static async Task<Answer> GetJson(this HttpClient client, string path) =>
        await SendAsync(client, HttpMethod.Get, path, null, null);

    public static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, object? body, IDictionary<string, string>? headers)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is string raw)
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null)
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        return new Answer(response.StatusCode, json, response.Headers.ETag?.Tag, response.Headers.Location?.ToString(), response.Content.Headers.ContentType?.MediaType, text);
    }
}

public sealed record Answer(HttpStatusCode Status, JsonNode? Json, string? ETag, string? Location, string? ContentType, string Text)
{
    public JsonNode Body => Json ?? throw new InvalidOperationException($"HTTP {(int)Status} had no JSON body.");

    public Guid Id => Guid.Parse(Body["id"]!.GetValue<string>());

    public string? Str(string property) => Body[property]?.GetValue<string>();

    /// <summary>A number of the body (an amount, a rate).</summary>
    public decimal Dec(string property) => Body[property]!.GetValue<decimal>();

    /// <summary>The fields a 400 ValidationProblemDetails names.</summary>
    public IReadOnlyList<string> ErrorFields => Body["errors"]?.AsObject().Select(p => p.Key).ToList() ?? [];

    public override string ToString() => $"HTTP {(int)Status}: {Text}";
}
