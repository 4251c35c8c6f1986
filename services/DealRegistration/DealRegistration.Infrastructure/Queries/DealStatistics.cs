using DealRegistration.Application.Abstractions;
using DealRegistration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DealRegistration.Infrastructure.Queries;

/// <summary>
/// KPIs in one aggregate query. Decision hours are percentiles over decided deals; the share decided
/// within 48 h counts pending deals already past their due time as misses; rates are percentages
/// rounded to one decimal.
/// </summary>
internal sealed class DealStatistics(DealsDbContext db) : IDealStatistics
{
    private const string KpiSql = """
        SELECT count(*)::int AS submitted,
               count(*) FILTER (WHERE status IN ('Approved', 'Won', 'Lost', 'Expired'))::int AS approved,
               count(*) FILTER (WHERE status = 'Rejected')::int AS rejected,
               count(*) FILTER (WHERE status = 'Submitted')::int AS pending,
               count(*) FILTER (WHERE status = 'Submitted' AND decision_due_at < @now)::int AS overdue,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY decision_hours) AS median_hours,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY decision_hours) AS p90_hours,
               count(*) FILTER (WHERE decision_hours IS NOT NULL AND decision_hours <= 48)::int AS within_sla,
               count(*) FILTER (WHERE decision_hours IS NOT NULL)::int AS decided,
               count(*) FILTER (WHERE status = 'Won')::int AS won,
               count(*) FILTER (WHERE status = 'Lost')::int AS lost
        FROM dealreg.deals
        WHERE submitted_at >= @from AND submitted_at < @to AND (@partner::uuid IS NULL OR partner_id = @partner)
        """;

    private const string CampaignSql = """
        SELECT (SELECT count(*) FROM dealreg.leads WHERE campaign_id = @campaign)::int AS lead_count,
               (SELECT count(*) FROM dealreg.deals WHERE campaign_id = @campaign AND lead_id IS NOT NULL)::int AS converted_deals,
               NULL AS currency, 0::numeric AS pipeline, 0::numeric AS won_revenue
        UNION ALL
        SELECT 0, 0, currency,
               coalesce(sum(estimated_value) FILTER (WHERE status IN ('Submitted', 'Approved')), 0),
               coalesce(sum(actual_value) FILTER (WHERE status = 'Won'), 0)
        FROM dealreg.deals
        WHERE campaign_id = @campaign
        GROUP BY currency
        ORDER BY currency NULLS FIRST
        """;

    public async Task<DealKpis> KpisAsync(DateTimeOffset from, DateTimeOffset to, Guid? partnerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(KpiSql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = from.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = to.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter("partner", NpgsqlDbType.Uuid) { Value = (object?)partnerId ?? DBNull.Value });
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        int I(int i) => r.GetInt32(i);
        double? D(int i) => r.IsDBNull(i) ? null : Math.Round(r.GetDouble(i), 1);
        var decided = I(8);
        var overdue = I(4);
        return new DealKpis(
            I(0), I(1), I(2), I(3), overdue, D(5), D(6),
            Percent(I(7), decided + overdue),
            Percent(I(1), decided),
            Percent(I(9), I(9) + I(10)));
    }

    public async Task<CampaignRollup> CampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(CampaignSql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("campaign", NpgsqlDbType.Uuid) { Value = campaignId });
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        var (leads, converted) = (r.GetInt32(0), r.GetInt32(1));
        var byCurrency = new List<CurrencyRollup>();
        while (await r.ReadAsync(cancellationToken))
            byCurrency.Add(new CurrencyRollup(r.GetString(2), r.GetDecimal(3), r.GetDecimal(4)));
        return new CampaignRollup(leads, converted, byCurrency.OrderBy(c => c.Currency, StringComparer.Ordinal).ToList());
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        return new NpgsqlCommand(sql, connection, db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
    }
}
