using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Conflicts.Matching;
using DealRegistration.Domain.Deals;
using DealRegistration.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace DealRegistration.Infrastructure.Queries;

/// <summary>
/// The conflict check in two round trips inside the registering transaction: the match-key counts (and the locks),
/// then the candidates — open registrations of other partners with a product in common, looked up through the partial
/// GIN index on their match keys by the keys <see cref="MatchKeys.Query"/> allows (rare ones only, so the rows read
/// stay bounded whatever the table's size) — with the counts of their own words. The matcher then decides in memory.
/// </summary>
internal sealed class ConflictFinder(DealsDbContext db) : IConflictFinder
{
    public const int MaxCandidates = 200;
    private const int MaxConflicts = 50;

    // Materialised first, so the planner cannot walk the submitted_at index for the ORDER BY … LIMIT instead of the GIN lookup.
    private const string Sql = """
        WITH candidates AS MATERIALIZED (
            SELECT d.id, d.partner_id, d.status, d.submitted_at, d.protection_expires_at, d.products, d.customer_company_name,
                   d.customer_domain, d.customer_contact_email, d.customer_country, d.customer_match_tokens
            FROM dealreg.deals d
            WHERE d.status IN ('Submitted', 'Approved') AND d.customer_match_keys && @keys)
        SELECT d.id, d.partner_id, d.status, d.customer_company_name, d.customer_domain, d.customer_contact_email,
               d.customer_country, d.customer_match_tokens,
               ARRAY(SELECT coalesce((SELECT sum(c.registrations) FROM dealreg.match_key_counts c WHERE c.key = t.key), 0)::int
                     FROM unnest(d.customer_match_tokens) WITH ORDINALITY AS t(key, i) ORDER BY t.i) AS counts
        FROM candidates d
        WHERE (d.status = 'Submitted' OR d.protection_expires_at > @now)
          AND d.partner_id <> @partner
          AND EXISTS (SELECT 1 FROM unnest(d.products) p WHERE lower(p) = ANY(@products))
        ORDER BY d.submitted_at
        LIMIT @max
        """;

    public async Task<IReadOnlyList<DealConflict>> FindAsync(
        Guid partnerId, Customer customer, IReadOnlyList<string> products, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var profile = customer.Profile();
        var (connection, transaction) = await MatchSql.OpenAsync(db, cancellationToken);
        var counts = await MatchSql.CountAsync(connection, transaction, profile, products, takeLocks: transaction is not null, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(MatchSql.Texts("keys", MatchKeys.Query(profile, k => counts.GetValueOrDefault(k), products)));
        command.Parameters.Add(new NpgsqlParameter("partner", NpgsqlDbType.Uuid) { Value = partnerId });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
        command.Parameters.Add(MatchSql.Texts("products", products.Select(p => p.Trim().ToLowerInvariant())));
        command.Parameters.Add(new NpgsqlParameter("max", NpgsqlDbType.Integer) { Value = MaxCandidates });
        var candidates = new List<(Guid Deal, Guid Partner, DealStatus Status, CustomerProfile Profile)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (tokens, tokenCounts) = (reader.GetFieldValue<string[]>(7), reader.GetFieldValue<int[]>(8));
                for (var i = 0; i < tokens.Length; i++)
                    counts[tokens[i]] = tokenCounts[i];
                var profileOf = CustomerProfile.Of(reader.GetString(3), Text(reader, 4), Text(reader, 5), reader.GetString(6));
                candidates.Add((reader.GetGuid(0), reader.GetGuid(1), Enum.Parse<DealStatus>(reader.GetString(2)), profileOf));
            }
        }

        return candidates
            .Select(c => (c, Match: ConflictMatcher.Match(profile, c.Profile, k => counts.GetValueOrDefault(k))))
            .Where(x => x.Match is not null)
            .Take(MaxConflicts)
            .Select(x => new DealConflict(x.Match!.Reason, x.Match.Similarity, x.c.Deal, x.c.Partner, x.c.Status, [.. x.Match.MatchedOn]))
            .ToList();
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
