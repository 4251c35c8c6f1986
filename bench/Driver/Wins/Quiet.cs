using Npgsql;

namespace Bench.Driver.Wins;

/// <summary>
/// Waits until Revenue has applied every approval and DealRegistration's outbox is empty: the wins start on a quiet path.
/// </summary>
internal static class Quiet
{
    private const string Sql = """
        SELECT (SELECT count(*) FROM revenue.pipeline_deals WHERE deal_id = ANY(@deals) AND approved_on IS NOT NULL),
               (SELECT count(*) FROM dealreg.outbox_messages WHERE dispatched_at IS NULL AND dead_at IS NULL)
        """;

    public static async Task WaitAsync(string connectionString, IReadOnlyCollection<Guid> deals, TimeSpan limit)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("deals", deals.ToArray());
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                if (reader.GetInt64(0) == deals.Count && reader.GetInt64(1) == 0)
                    return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Revenue did not apply {deals.Count} approvals, or the dealreg outbox did not drain, within {limit}");
    }
}
