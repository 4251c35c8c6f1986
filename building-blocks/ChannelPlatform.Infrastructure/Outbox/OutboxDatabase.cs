using Npgsql;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// The relay's own connections to the service's schema: plain Npgsql (a claim, a batch of publishes and two
/// updates on one connection), kept apart from the request path's pool.
/// </summary>
public sealed class OutboxDatabase(string connectionString, string schema) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(connectionString);

    public string Schema { get; } = schema;

    public string Table => $"\"{Schema}\".outbox_messages";

    public string Channel => OutboxNotifications.Channel(Schema);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
