using DealRegistration.Domain.Conflicts.Matching;
using DealRegistration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DealRegistration.Infrastructure.Queries;

/// <summary>The match-key counts, read (and, for a registration, locked) in one round trip on the context's connection.</summary>
internal static class MatchSql
{
    // Counts first; then, when asked, an advisory lock per key that a similar registration would look this one up by
    // (its whole name and domains with each product, its rare words and their one-typo variants), taken in hash order so two
    // registrations never wait for each other in a cycle. The locks are held until the registration commits.
    // And, for the rest of the transaction, no sequential scan: the planner costs "&&" on text[] as one cheap operator,
    // so on a small table it scans every row comparing every key with every key (100 ms at 10 000 rows) instead of the GIN.
    private const string CountAndLock = """
        WITH counted AS (
            SELECT k AS key, coalesce((SELECT sum(c.registrations) FROM dealreg.match_key_counts c WHERE c.key = k), 0)::int AS n
            FROM unnest(@counts::text[]) AS k),
        lockable AS (
            SELECT unnest(@always::text[]) AS key
            UNION SELECT key FROM counted WHERE n <= @limit
            UNION SELECT s.key FROM unnest(@spelling::text[], @spellingOf::text[]) AS s(key, word)
                JOIN counted ON counted.key = s.word WHERE counted.n <= @limit),
        locked AS MATERIALIZED (
            SELECT count(pg_advisory_xact_lock(h)) AS held
            FROM (SELECT DISTINCT hashtextextended('deal-match:' || key, 0) AS h FROM lockable WHERE @lock ORDER BY 1) ordered),
        planned AS MATERIALIZED (SELECT set_config('enable_seqscan', 'off', true) WHERE @lock)
        SELECT counted.key, counted.n FROM locked CROSS JOIN (SELECT count(*) FROM planned) p LEFT JOIN counted ON true
        """;

    public static async Task<(NpgsqlConnection Connection, NpgsqlTransaction? Transaction)> OpenAsync(DealsDbContext db, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        return (connection, db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
    }

    public static async Task<Dictionary<string, int>> CountAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        CustomerProfile profile,
        IReadOnlyList<string> products,
        bool takeLocks,
        CancellationToken ct)
    {
        var spelling = MatchKeys.SpellingKeys(profile);
        await using var command = new NpgsqlCommand(CountAndLock, connection, transaction);
        command.Parameters.Add(Texts("counts", MatchKeys.Counts(profile)));
        command.Parameters.Add(Texts("always", MatchKeys.Always(profile, products)));
        command.Parameters.Add(Texts("spelling", spelling.Select(s => s.Key)));
        command.Parameters.Add(Texts("spellingOf", spelling.Select(s => s.Word)));
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = MatchKeys.RareLimit });
        command.Parameters.Add(new NpgsqlParameter("lock", NpgsqlDbType.Boolean) { Value = takeLocks });
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(0))
                counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    public static NpgsqlParameter Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
