using DealRegistration.Application.Abstractions;
using DealRegistration.Infrastructure.Persistence;
using Npgsql;

namespace DealRegistration.Infrastructure.Queries;

internal sealed class MatchStatistics(DealsDbContext db) : IMatchStatistics
{
    private const string Sql = """
        SELECT k, coalesce((SELECT sum(c.registrations) FROM dealreg.match_key_counts c WHERE c.key = k), 0)::int
        FROM unnest(@keys::text[]) AS k
        """;

    private const string Deals = """
        WITH found AS MATERIALIZED (SELECT id FROM dealreg.deals WHERE customer_match_keys && @keys AND (@after IS NULL OR id > @after))
        SELECT id FROM found ORDER BY id LIMIT @limit
        """;

    public async Task<IReadOnlyList<Guid>> DealsWithAnyAsync(IReadOnlyList<string> keys, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await MatchSql.OpenAsync(db, cancellationToken);
        await using var command = new NpgsqlCommand(Deals, connection, transaction);
        command.Parameters.Add(MatchSql.Texts("keys", keys));
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)after ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlTypes.NpgsqlDbType.Integer) { Value = limit });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetGuid(0));
        return ids;
    }

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await MatchSql.OpenAsync(db, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(MatchSql.Texts("keys", keys.Distinct(StringComparer.Ordinal)));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }
}
