using Npgsql;

namespace Bench.Driver.Wins;

/// <summary>A won deal's way to Revenue, from the tables' own timestamps (each written by its service's clock).</summary>
internal sealed record WinPath(Guid Deal, DateTime Queued, DateTime Dispatched, DateTime Received, DateTime Booked);

internal static class WinPaths
{
    // created_at: the outbox row, in the win's transaction; dispatched_at: after the broker confirmed the publish;
    // received_at: the inbox row, first statement of Revenue's consuming transaction; the booking, later in that transaction.
    private const string Sql = """
        SELECT o.aggregate_id, o.created_at, o.dispatched_at, i.received_at, b.created_at
        FROM dealreg.outbox_messages o
        JOIN revenue.inbox_messages i ON i.message_id = o.message_id AND i.consumer = 'DealWonConsumer'
        JOIN revenue.bookings b ON b.deal_id = o.aggregate_id
        WHERE o.aggregate_id = ANY(@deals) AND o.message_type LIKE '%.DealWon' AND o.dispatched_at IS NOT NULL
        """;

    public static async Task<List<WinPath>> ReadAsync(string connectionString, IEnumerable<Guid> deals)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("deals", deals.ToArray());
        var paths = new List<WinPath>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            paths.Add(new WinPath(
                reader.GetGuid(0), reader.GetDateTime(1), reader.GetDateTime(2), reader.GetDateTime(3), reader.GetDateTime(4)));
        }

        return paths;
    }
}
