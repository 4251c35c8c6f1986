using ChannelPlatform.Application;
using ChannelPlatform.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain.Rates;

namespace Revenue.Application.Rates;

/// <summary>
/// The dated rate table as conversions read it: the rate in force on a business date is the latest one effective on
/// or before it (ADR 0013). The reporting currency's rate is 1; a missing rate is a 422 naming currency and date.
/// </summary>
public sealed class ExchangeRateBook(IRevenueDbContext db, IOptions<PlatformOptions> platform)
{
    public Currency Reporting => platform.Value.Reporting;

    public async Task<DatedRate?> FindAsync(Currency currency, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency == Reporting)
            return DatedRate.Reporting(Reporting, on);
        var rate = await db.ExchangeRates.AsNoTracking()
            .Where(r => r.Currency == currency.Code && r.EffectiveFrom <= on)
            .OrderByDescending(r => r.EffectiveFrom)
            .Select(r => (decimal?)r.Rate)
            .FirstOrDefaultAsync(ct);
        return rate is { } found ? new DatedRate(currency, found, on) : null;
    }

    public async Task<DatedRate> RequireAsync(Currency currency, DateOnly on, CancellationToken ct) =>
        await FindAsync(currency, on, ct) ?? throw new BusinessRuleViolationException(new ExchangeRateMustBeKnown(currency.Code, on));

    /// <summary><paramref name="money"/> in the reporting currency at the rate in force on <paramref name="on"/>, rounded once.</summary>
    public async Task<Money> ToReportingAsync(Money money, DateOnly on, CancellationToken ct) =>
        (await RequireAsync(money.Currency, on, ct)).Convert(money, DatedRate.Reporting(Reporting, on));
}
