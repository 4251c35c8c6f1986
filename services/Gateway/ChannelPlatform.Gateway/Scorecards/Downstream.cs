using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// A GET to one service through its resilient client, read as one part of a scorecard. Never throws
/// for the service's sake: anything but an answer within the budget is <see cref="PartStatus.Unavailable"/>.
/// </summary>
internal sealed class Downstream(IHttpClientFactory clients, ConfiguredServices configured, ILogger<Downstream> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Part<T>> GetAsync<T>(string service, string pathAndQuery, Caller caller, CancellationToken budget)
        where T : class
    {
        if (!configured.Contains(service))
            return Part<T>.Not(service, PartStatus.Unavailable);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        caller.ApplyTo(request);
        try
        {
            using var client = clients.CreateClient(DownstreamRegistration.ClientName(service));
            using var response = await client.SendAsync(request, budget);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var value = await response.Content.ReadFromJsonAsync<T>(Json, budget);
                    return value is null ? Part<T>.Not(service, PartStatus.Unavailable) : Part<T>.Ok(service, value);
                case HttpStatusCode.NotFound:
                    return Part<T>.Not(service, PartStatus.NotFound);
                case HttpStatusCode.Forbidden:
                    return Part<T>.Not(service, PartStatus.Forbidden);
                default:
                    logger.LogWarning("{Service} answered {Status} to {Path}", service, (int)response.StatusCode, request.RequestUri);
                    return Part<T>.Not(service, PartStatus.Unavailable);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or BrokenCircuitException or TimeoutRejectedException or JsonException)
        {
            logger.LogWarning("{Service} unavailable for {Path}: {Reason}", service, request.RequestUri, ex.GetType().Name);
            return Part<T>.Not(service, PartStatus.Unavailable);
        }
    }

    /// <summary>Every item of a list endpoint, following <c>nextCursor</c> for at most <paramref name="maxPages"/> pages of 200.</summary>
    public async Task<Part<IReadOnlyList<TItem>>> GetAllAsync<TItem>(string service, string pathAndQuery, Caller caller, CancellationToken budget, int maxPages = 5)
    {
        var items = new List<TItem>();
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        for (var page = 0; page < maxPages; page++)
        {
            var next = cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}";
            var part = await GetAsync<ListPage<TItem>>(service, $"{pathAndQuery}{separator}limit=200{next}", caller, budget);
            if (part.Value is null)
                return Part<IReadOnlyList<TItem>>.Not(service, part.Status);
            items.AddRange(part.Value.Items);
            cursor = part.Value.NextCursor;
            if (cursor is null)
                break;
        }

        return Part<IReadOnlyList<TItem>>.Ok(service, items);
    }
}

/// <summary>The services that have an address in configuration (<c>Services:&lt;name&gt;</c>).</summary>
internal sealed class ConfiguredServices(IEnumerable<string> names)
{
    private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

    public bool Contains(string service) => _names.Contains(service);
}
