using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Conflicts;
using DealRegistration.Domain.Deals;
using DealRegistration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DealRegistration.Infrastructure.Queries;

/// <summary>
/// The conflict check in one indexed query: pg_trgm's <c>%</c> operator (similarity ≥ the session
/// threshold, 0.6) uses the GIN index on open registrations' normalised names; domain equality uses
/// its own partial index. Runs inside the registering transaction.
/// </summary>
internal sealed class ConflictFinder(DealsDbContext db) : IConflictFinder
{
    private const string Sql = """
        SELECT d.id AS deal_id, d.partner_id, d.status,
               coalesce(d.customer_domain = @domain, false) AS same_domain,
               similarity(d.customer_normalized_name, @name)::float8 AS similarity
        FROM dealreg.deals d
        WHERE d.status IN ('Submitted', 'Approved')
          AND (d.status = 'Submitted' OR d.protection_expires_at > @now)
          AND d.partner_id <> @partner
          AND ((@domain IS NOT NULL AND d.customer_domain = @domain) OR d.customer_normalized_name % @name)
          AND EXISTS (SELECT 1 FROM unnest(d.products) p WHERE lower(p) = ANY(@products))
        ORDER BY d.submitted_at
        LIMIT 50
        """;

    public async Task<IReadOnlyList<DealConflict>> FindAsync(Guid partnerId, Customer customer, IReadOnlyList<string> products, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
        // The similarity threshold for '%' (transaction-local), and: registrations of the same customer
        // (same normalised name or domain) queue behind each other until commit, so two partners
        // registering it at once cannot both miss the conflict.
        var prepare = transaction is null
            ? "SELECT set_config('pg_trgm.similarity_threshold', @threshold, false)"
            : "SELECT set_config('pg_trgm.similarity_threshold', @threshold, true), " +
              "pg_advisory_xact_lock(hashtextextended('deal-customer-name:' || @name, 0)), " +
              "pg_advisory_xact_lock(hashtextextended('deal-customer-domain:' || coalesce(@domain, @name), 0))";
        await using (var setup = new NpgsqlCommand(prepare, connection, transaction))
        {
            setup.Parameters.Add(new NpgsqlParameter("threshold", NpgsqlDbType.Text) { Value = CompanyName.SimilarityThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            setup.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = customer.NormalizedName });
            setup.Parameters.Add(new NpgsqlParameter("domain", NpgsqlDbType.Text) { Value = (object?)customer.Domain ?? DBNull.Value });
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("domain", NpgsqlDbType.Text) { Value = (object?)customer.Domain ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = customer.NormalizedName });
        command.Parameters.Add(new NpgsqlParameter("partner", NpgsqlDbType.Uuid) { Value = partnerId });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("products", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = products.Select(p => p.Trim().ToLowerInvariant()).ToArray() });
        var conflicts = new List<DealConflict>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sameDomain = reader.GetBoolean(3);
            conflicts.Add(new DealConflict(
                sameDomain ? ConflictReason.SameDomain : ConflictReason.SimilarName,
                sameDomain ? 1.0 : Math.Round(reader.GetDouble(4), 3),
                reader.GetGuid(0),
                reader.GetGuid(1),
                Enum.Parse<DealStatus>(reader.GetString(2))));
        }

        return conflicts;
    }
}
