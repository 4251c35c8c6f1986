using ChannelPlatform.Infrastructure.Jobs;
using DealRegistration.Domain.Deals;
using DealRegistration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DealRegistration.Infrastructure.Jobs;

/// <summary>Section <c>MatchKeysBackfill</c>: how often registrations without match keys are looked for.</summary>
public sealed class MatchKeysBackfillOptions : PeriodicJobOptions;

/// <summary>
/// Gives match keys to registrations that have none (an empty array): those stored before the matcher, or written
/// straight into the table (the benchmark seeds). The keys come from the C# matcher, so SQL cannot compute them.
/// </summary>
internal sealed class MatchKeysBackfill(
    IServiceScopeFactory scopes, IOptions<MatchKeysBackfillOptions> options, TimeProvider clock, ILogger<MatchKeysBackfill> logger)
    : PeriodicJob(scopes, options.Value, clock, logger)
{
    private const int BatchSize = 500;

    private const string Claim = """
        SELECT id, customer_company_name, customer_domain, customer_contact_email, customer_country, products
        FROM dealreg.deals WHERE customer_match_keys = '{}' LIMIT @batch FOR UPDATE SKIP LOCKED
        """;

    private const string Update = """
        UPDATE dealreg.deals d SET customer_match_tokens = u.tokens, customer_match_keys = u.keys
        FROM (SELECT unnest(@ids) AS id, string_to_array(unnest(@tokens), chr(31)) AS tokens,
                     string_to_array(unnest(@keys), chr(31)) AS keys) u
        WHERE d.id = u.id
        """;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DealsDbContext>();
        var total = await DrainAsync(ct => BackfillBatchAsync(db, ct), BatchSize, cancellationToken);
        if (total > 0)
            logger.LogInformation("Match keys computed for {Count} registrations", total);
    }

    private static async Task<int> BackfillBatchAsync(DealsDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        var rows = new List<(Guid Id, Customer Customer)>();
        await using (var claim = new NpgsqlCommand(Claim, connection, npgsqlTransaction))
        {
            claim.Parameters.AddWithValue("batch", BatchSize);
            await using var reader = await claim.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var customer = Customer.Of(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(4),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<string[]>(5));
                rows.Add((reader.GetGuid(0), customer));
            }
        }

        await using (var update = new NpgsqlCommand(Update, connection, npgsqlTransaction))
        {
            update.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            // An array of arrays does not unnest row by row: each row's keys travel as one text, joined by a character no key holds.
            update.Parameters.AddWithValue("tokens", rows.Select(r => string.Join('\u001f', r.Customer.MatchTokens)).ToArray());
            update.Parameters.AddWithValue("keys", rows.Select(r => string.Join('\u001f', r.Customer.MatchKeys)).ToArray());
            await update.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return rows.Count;
    }
}
