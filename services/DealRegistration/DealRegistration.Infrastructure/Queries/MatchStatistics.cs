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
