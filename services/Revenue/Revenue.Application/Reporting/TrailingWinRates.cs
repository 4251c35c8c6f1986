using Microsoft.EntityFrameworkCore;
using Revenue.Domain.Pipeline;

namespace Revenue.Application.Reporting;

/// <summary>Won and lost counts over the trailing twelve months, per partner, in one grouped query.</summary>
internal static class TrailingWinRates
{
    public static async Task<Dictionary<Guid, (int Won, int Lost)>> ByPartnerAsync(IQueryable<PipelineDeal> deals, DateOnly today, CancellationToken ct)
    {
        var since = today.AddYears(-1);
        var rows = await deals
            .Where(d => (d.Status == PipelineStatus.Won || d.Status == PipelineStatus.Lost) && d.ClosedOn > since && d.ClosedOn <= today)
            .GroupBy(d => d.PartnerId)
            .Select(g => new { PartnerId = g.Key, Won = g.Count(d => d.Status == PipelineStatus.Won), Lost = g.Count(d => d.Status == PipelineStatus.Lost) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.PartnerId, r => (r.Won, r.Lost));
    }

    public static decimal RateOf(this Dictionary<Guid, (int Won, int Lost)> rates, Guid partnerId) =>
        rates.TryGetValue(partnerId, out var r) ? Forecasting.WinRatePercent(r.Won, r.Lost) : Forecasting.DefaultWinRatePercent;
}
