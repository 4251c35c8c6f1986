using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChannelPlatform.EndToEndTests;
using ChannelPlatform.FuzzTests.Api;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>
/// Real resources made up front, so a share of the generated requests gets past 404 to the handlers' rules: an active
/// partner, then one of everything its documented create operations make from their baselines (retried while the
/// events that other services wait for travel), then the first item of each list that still has no id.
/// </summary>
public sealed class World
{
    private const int CreationRounds = 6;

    public required Callers Callers { get; init; }

    public required RealIds Ids { get; init; }

    public static async Task<World> CreateAsync(FuzzPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var tokens = platform.Platform.Tokens;
        using var manager = new HttpClient { BaseAddress = platform.GatewayUrl };
        manager.DefaultRequestHeaders.Authorization = new("Bearer", tokens.For("ChannelManager", name: "fuzz setup"));
        var ids = new RealIds();
        var partnerId = await manager.ActivePartnerAsync();
        ids.Record("/api/v1/partners", partnerId);
        var world = new World { Callers = new Callers(tokens, partnerId), Ids = ids };
        await world.CreateOneOfEachAsync(platform);
        await world.PickFromListsAsync(platform);
        return world;
    }

    private async Task CreateOneOfEachAsync(FuzzPlatform platform)
    {
        var creates = platform.Operations
            .Where(o => o.Method == HttpMethod.Post && o.Routed && !o.Path.EndsWith('}') && Creates(platform.Operations, o))
            .OrderBy(o => o.Path.Count(c => c == '{')).ThenBy(o => o.Path, StringComparer.Ordinal).ToList();
        for (var round = 0; round < CreationRounds && creates.Any(o => !Ids.Has(o.Path)); round++)
        {
            if (round > 0)
                await Task.Delay(TimeSpan.FromSeconds(1)); // events reach the other services' projections
            foreach (var create in creates.Where(o => !Ids.Has(o.Path)))
            {
                foreach (var caller in new[] { Callers.Manager, Callers.Partner })
                {
                    var (status, json) = await SendAsync(platform.Http, create, caller, Baselines.Body(create, Ids));
                    if (status is HttpStatusCode.OK or HttpStatusCode.Created && IdOf(json) is { } id)
                        Ids.Record(create.Path, id);
                    if (status != HttpStatusCode.Forbidden)
                        break;
                }
            }
        }
    }

    private async Task PickFromListsAsync(FuzzPlatform platform)
    {
        foreach (var list in platform.Operations.Where(o => o.Method == HttpMethod.Get && o.Routed && !o.Path.EndsWith('}') && !Ids.Has(o.Path)))
        {
            if (!IsCollection(platform.Operations, list.Path))
                continue;
            var (_, json) = await SendAsync(platform.Http, list, Callers.Manager, null);
            if (json is JsonObject { } page && page["items"] is JsonArray { Count: > 0 } items && IdOf(items[0]) is { } id)
                Ids.Record(list.Path, id);
        }
    }

    private static Guid? IdOf(JsonNode? resource) =>
        resource is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;

    /// <summary>A create (documents a 201) or an import into a collection another operation lists (<c>…/campaigns/{id}/leads</c>).</summary>
    private static bool Creates(IReadOnlyList<Operation> operations, Operation post) =>
        post.Statuses.Contains("201")
        || operations.Any(o => o.Method == HttpMethod.Get && o.Path != post.Path
            && o.Path.EndsWith("/" + post.Path.Split('/')[^1], StringComparison.Ordinal));

    private static bool IsCollection(IEnumerable<Operation> operations, string path) =>
        operations.Any(o => o.Path.StartsWith(path + "/{", StringComparison.Ordinal));

    private async Task<(HttpStatusCode, JsonNode?)> SendAsync(HttpClient http, Operation operation, Caller caller, JsonNode? body)
    {
        using var request = new HttpRequestMessage(operation.Method, new Uri(Ids.Fill(operation.Path), UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", caller.Authorization);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Baselines.Bytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
        }
        catch (System.Text.Json.JsonException)
        {
            return (response.StatusCode, null);
        }
    }
}
