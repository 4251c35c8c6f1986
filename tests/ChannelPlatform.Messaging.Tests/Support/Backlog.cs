using ChannelPlatform.Testing;
using Npgsql;

namespace ChannelPlatform.Messaging.Tests.Support;

/// <summary>A backlog of prospect-created rows written straight into the outbox: two per aggregate, the second after all firsts.</summary>
public static class Backlog
{
    /// <summary>@p0 aggregates; each row a valid PartnerProspectCreated whose partnerId is its aggregate.</summary>
    public const string InsertSql = """
        INSERT INTO partner.outbox_messages (message_id, message_type, exchange, body, headers, aggregate_id, created_at, not_before, attempts)
        SELECT e.id, 'ChannelPlatform.Contracts.Partners.PartnerProspectCreated', 'partner.prospect-created',
               jsonb_build_object('eventId', e.id, 'occurredAt', now(), 'partnerId', e.aggregate, 'name', 'Backlog ' || e.n,
                                  'type', 'Reseller', 'region', 'Emea'),
               '{}'::jsonb, e.aggregate, now(), now(), 0
        FROM (SELECT gen_random_uuid() AS id, n, md5('aggregate' || n)::uuid AS aggregate, round
              FROM generate_series(1, @p0) n CROSS JOIN generate_series(1, 2) round) e
        ORDER BY e.round, e.n
        """;

    public static async Task<IReadOnlyList<(Guid Aggregate, Guid MessageId)>> OrderAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT aggregate_id, message_id FROM partner.outbox_messages ORDER BY sequence", connection);
        var rows = new List<(Guid, Guid)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetGuid(0), reader.GetGuid(1)));
        return rows;
    }
}
