using System.Text.Json;
using ChannelPlatform.Contracts;
using ChannelPlatform.Testing;
using Npgsql;

namespace ChannelPlatform.Messaging.Tests.Support;

/// <summary>The Partner service's <c>partner.outbox_messages</c> and <c>partner.inbox_messages</c>, read and written in SQL.</summary>
public sealed class OutboxTable(TestDatabase database)
{
    public const string InsertSql = """
        INSERT INTO partner.outbox_messages
            (message_id, message_type, exchange, body, headers, aggregate_id, created_at, not_before, attempts, last_error, dispatched_at, dead_at)
        VALUES (@p0, @p1, @p2, @p3::jsonb, '{}'::jsonb, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
        RETURNING sequence
        """;

    /// <summary>An outbox row as the writer stores it (body: the event in web JSON, message type: its full name).</summary>
    public static object[] Row(
        IIntegrationEvent message,
        Guid aggregateId,
        string? exchange = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? notBefore = null,
        int attempts = 0,
        string? lastError = null,
        DateTimeOffset? dispatchedAt = null,
        DateTimeOffset? deadAt = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        var now = DateTimeOffset.UtcNow;
        return
        [
            message.EventId,
            type.FullName!,
            exchange ?? IntegrationEventCatalog.ExchangeOf(type),
            JsonSerializer.Serialize(message, type, JsonSerializerOptions.Web),
            aggregateId,
            createdAt ?? now,
            notBefore ?? now,
            attempts,
            (object?)lastError ?? DBNull.Value,
            (object?)dispatchedAt ?? DBNull.Value,
            (object?)deadAt ?? DBNull.Value,
        ];
    }

    /// <summary>Inserts and commits a row; returns its sequence.</summary>
    public async Task<long> InsertAsync(object[] row)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await InsertAsync(connection, null, row);
    }

    /// <summary>Inserts a row in the caller's transaction; returns its sequence.</summary>
    public static async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, object[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        for (var i = 0; i < row.Length; i++)
            command.Parameters.AddWithValue($"p{i}", row[i]);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> CountAsync(string where, params object[] parameters) =>
        CountIn("partner.outbox_messages", where, parameters);

    public Task<long> InboxCountAsync(Guid messageId) =>
        CountIn("partner.inbox_messages", "message_id = @p0", messageId);

    public async Task<long> CountIn(string table, string where, params object[] parameters) =>
        await database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {where}", parameters);

    public Task<bool> IsDispatchedAsync(Guid messageId) =>
        database.ScalarAsync<bool>("SELECT dispatched_at IS NOT NULL FROM partner.outbox_messages WHERE message_id = @p0", messageId);

    public Task<long> UndispatchedAsync() =>
        CountAsync("dispatched_at IS NULL AND dead_at IS NULL");

    /// <summary>The message ids of the rows written for one aggregate on one exchange, in sequence order.</summary>
    public async Task<IReadOnlyList<Guid>> MessageIdsAsync(Guid aggregateId, string exchange)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id FROM partner.outbox_messages WHERE aggregate_id = @p0 AND exchange = @p1 ORDER BY sequence", connection);
        command.Parameters.AddWithValue("p0", aggregateId);
        command.Parameters.AddWithValue("p1", exchange);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetGuid(0));
        return ids;
    }

    public Task<long> RevenueEntriesAsync(Guid entryId) =>
        CountIn("partner.revenue_entries", "id = @p0", entryId);
}
