using ChannelPlatform.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Revenue.Domain.Pipeline;
using Revenue.Domain.Rates;

namespace Revenue.Application.Reporting;

/// <summary>A pipeline deal's value with the rate in force on its date (null when the table has none for that date).</summary>
internal sealed class ValuedDeal
{
    public Guid PartnerId { get; init; }

    public string Currency { get; init; } = string.Empty;

    public DateOnly On { get; init; }

    public decimal Value { get; init; }

    public decimal? Rate { get; init; }
}

/// <summary>
/// Pipeline deals in the reporting currency, in SQL: each deal at the rate in force on its own date (an open deal's
/// approval date, a won deal's close date: never today's rate for a past date), rounded once per deal to the
/// reporting currency's minor units (PostgreSQL's numeric round is half away from zero), then summed exactly.
/// </summary>
internal static class ReportingValues
{
    public static IQueryable<ValuedDeal> OpenValued(this IQueryable<PipelineDeal> deals, IQueryable<ExchangeRate> rates, Currency reporting) =>
        deals.Where(d => d.ApprovedOn != null).Select(d => new ValuedDeal
        {
            PartnerId = d.PartnerId,
            Currency = d.Currency,
            On = d.ApprovedOn!.Value,
            Value = d.EstimatedValue,
            Rate = d.Currency == reporting.Code
                ? 1m
                : rates.Where(r => r.Currency == d.Currency && r.EffectiveFrom <= d.ApprovedOn).OrderByDescending(r => r.EffectiveFrom).Select(r => (decimal?)r.Rate).FirstOrDefault(),
        });

    public static IQueryable<ValuedDeal> WonValued(this IQueryable<PipelineDeal> deals, IQueryable<ExchangeRate> rates, Currency reporting) =>
        deals.Where(d => d.ClosedOn != null).Select(d => new ValuedDeal
        {
            PartnerId = d.PartnerId,
            Currency = d.Currency,
            On = d.ClosedOn!.Value,
            Value = d.WonValue ?? 0m,
            Rate = d.Currency == reporting.Code
                ? 1m
                : rates.Where(r => r.Currency == d.Currency && r.EffectiveFrom <= d.ClosedOn).OrderByDescending(r => r.EffectiveFrom).Select(r => (decimal?)r.Rate).FirstOrDefault(),
        });

    /// <summary>422 naming the first currency and date without a rate, so a report never silently drops or mis-converts a deal.</summary>
    private static async Task EnsureRatesAsync(this IQueryable<ValuedDeal> valued, CancellationToken ct)
    {
        var missing = await valued.Where(v => v.Rate == null).OrderBy(v => v.Currency).ThenBy(v => v.On).Select(v => new { v.Currency, v.On }).FirstOrDefaultAsync(ct);
        if (missing is not null)
            throw new BusinessRuleViolationException(new ExchangeRateMustBeKnown(missing.Currency, missing.On));
    }

    /// <summary>
    /// One pass over the deals: the sums, and how many had no rate; only when some had none does a second query find
    /// the first of them to name in the 422.
    /// </summary>
    public static async Task<Dictionary<Guid, (decimal Amount, int Count)>> SumByPartnerAsync(this IQueryable<ValuedDeal> valued, Currency reporting, CancellationToken ct)
    {
        var decimals = reporting.MinorUnits;
        var sums = await valued.GroupBy(v => v.PartnerId)
            .Select(g => new
            {
                PartnerId = g.Key,
                Amount = g.Sum(v => Math.Round(v.Value * (v.Rate ?? 0m), decimals)),
                Count = g.Count(),
                WithoutRate = g.Count(v => v.Rate == null),
            })
            .ToListAsync(ct);
        if (sums.Any(s => s.WithoutRate > 0))
            await valued.EnsureRatesAsync(ct);
        return sums.ToDictionary(g => g.PartnerId, g => (g.Amount, g.Count));
    }
}
