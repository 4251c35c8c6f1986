using Revenue.Domain.Rates;

namespace Revenue.Application.Rates;

/// <param name="Rate">Units of <paramref name="ReportingCurrency"/> per one unit of <paramref name="Currency"/>.</param>
/// <param name="EffectiveFrom">In force from this date until the currency's next rate.</param>
public sealed record ExchangeRateResponse(
    string Currency, DateOnly EffectiveFrom, decimal Rate, string ReportingCurrency, DateTimeOffset SetAt, string SetBy);

public static class ExchangeRateMapping
{
    public static ExchangeRateResponse ToResponse(this ExchangeRate r, string reporting) =>
        new(r.Currency, r.EffectiveFrom, r.Rate, reporting, r.SetAt, r.SetBy);
}
