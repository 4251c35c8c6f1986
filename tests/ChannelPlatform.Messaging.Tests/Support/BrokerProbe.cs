using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ChannelPlatform.Messaging.Tests.Support;

/// <summary>
/// Looks at the test's virtual host as an operator would: queue depths over AMQP (exact, at once),
/// delivery counters and connections over the management API, messages parked in a queue.
/// </summary>
public sealed class BrokerProbe : IDisposable
{
    /// <summary>The name <see cref="ForeignConsumer"/> gives its connection; an outage spares it (it stands for another team's consumer elsewhere).</summary>
    public const string ForeignConsumerConnection = "foreign-consumer";

    private readonly HttpClient _management;
    private readonly TestVirtualHost _vhost;

    public BrokerProbe(TestEnvironment.Servers servers, TestVirtualHost vhost)
    {
        ArgumentNullException.ThrowIfNull(servers);
        _vhost = vhost;
        var userInfo = Uri.UnescapeDataString(servers.RabbitManagement.UserInfo);
        _management = new HttpClient { BaseAddress = new Uri(servers.RabbitManagement.GetLeftPart(UriPartial.Authority)) };
        _management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userInfo)));
    }

    public Uri Amqp => _vhost.Amqp;

    /// <summary>Ready messages in a queue (passive declare: exact at once); null when the queue does not exist.</summary>
    public async Task<uint?> ReadyAsync(string queue)
    {
        await using var connection = await Connect("probe");
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>
    /// How many deliveries of a queue its consumers have acknowledged so far (management statistics:
    /// cumulative, refreshed every few seconds). MassTransit acknowledges after the consumer (and the
    /// inbox) finished, or after moving the message to <c>_error</c>.
    /// </summary>
    public async Task<long> AcknowledgedAsync(string queue)
    {
        var stats = await QueueStatsAsync(queue);
        return stats?["message_stats"]?["ack"]?.GetValue<long>() ?? 0;
    }

    public async Task<JsonNode?> QueueStatsAsync(string queue)
    {
        using var response = await _management.GetAsync(new Uri($"/api/queues/{Uri.EscapeDataString(_vhost.Name)}/{Uri.EscapeDataString(queue)}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
            return null;
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Forces every connection of this virtual host closed (as a broker restart would), but the foreign
    /// consumers'. <c>/api/vhosts/{vhost}/connections</c> is not served by 3.10, so all connections are
    /// listed and filtered by vhost.
    /// </summary>
    /// <returns>How many were closed.</returns>
    public async Task<int> CloseConnectionsAsync()
    {
        using var response = await _management.GetAsync(new Uri("/api/connections", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var connections = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var closed = 0;
        foreach (var connection in connections)
        {
            if (connection?["vhost"]?.GetValue<string>() != _vhost.Name)
                continue;
            if (connection["client_properties"]?["connection_name"]?.GetValue<string>() == ForeignConsumerConnection)
                continue;
            var name = connection["name"]!.GetValue<string>();
            using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/connections/{Uri.EscapeDataString(name)}", UriKind.Relative));
            request.Headers.Add("X-Reason", "messaging test: broker outage");
            using var deleted = await _management.SendAsync(request);
            if (deleted.IsSuccessStatusCode)
                closed++;
        }

        return closed;
    }

    /// <summary>
    /// The virtual host refuses every new connection (<c>max-connections</c> 0) until
    /// <see cref="AcceptConnectionsAsync"/>: with <see cref="CloseConnectionsAsync"/>, the broker is down
    /// for this service while the other classes' virtual hosts are untouched.
    /// </summary>
    public async Task RefuseConnectionsAsync()
    {
        using var body = new StringContent("{\"value\":0}", Encoding.UTF8, "application/json");
        using var response = await _management.PutAsync(LimitUri, body);
        response.EnsureSuccessStatusCode();
    }

    public async Task AcceptConnectionsAsync()
    {
        using var response = await _management.DeleteAsync(LimitUri);
        response.EnsureSuccessStatusCode();
    }

    private Uri LimitUri => new($"/api/vhost-limits/{Uri.EscapeDataString(_vhost.Name)}/max-connections", UriKind.Relative);

    /// <summary>A durable queue bound to an exchange that keeps what is published through any outage; read it with <see cref="TakeAllAsync"/>.</summary>
    public async Task DeclareTapAsync(string queue, string exchange)
    {
        await using var connection = await Connect("probe");
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, string.Empty);
    }

    /// <summary>Removes and returns every message waiting in a queue.</summary>
    public Task<IReadOnlyList<ParkedMessage>> TakeAllAsync(string queue) => GetAllAsync(queue, acknowledge: true);

    /// <summary>Returns every message waiting in a queue and leaves them there.</summary>
    public Task<IReadOnlyList<ParkedMessage>> PeekAllAsync(string queue) => GetAllAsync(queue, acknowledge: false);

    private async Task<IReadOnlyList<ParkedMessage>> GetAllAsync(string queue, bool acknowledge)
    {
        var messages = new List<ParkedMessage>();
        if (await ReadyAsync(queue) is null)
            return messages; // never declared: nothing ever parked there
        await using var connection = await Connect("probe");
        await using var channel = await connection.CreateChannelAsync();
        while (await channel.BasicGetAsync(queue, autoAck: acknowledge) is { } got)
        {
            var headers = (got.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString());
            messages.Add(new ParkedMessage(got.BasicProperties.MessageId, headers, Encoding.UTF8.GetString(got.Body.Span)));
        }

        // Not acknowledged: closing the channel puts them back.
        return messages;
    }

    private Task<IConnection> Connect(string name) => new ConnectionFactory { Uri = _vhost.Amqp, ClientProvidedName = name }.CreateConnectionAsync();

    public void Dispose() => _management.Dispose();
}

public sealed record ParkedMessage(string? MessageId, IReadOnlyDictionary<string, string?> Headers, string Body)
{
    public JsonNode? Envelope
    {
        get
        {
            try
            {
                return JsonNode.Parse(Body);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }
}
