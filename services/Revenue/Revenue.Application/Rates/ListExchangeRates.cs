using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Rates;

namespace Revenue.Application.Rates;

/// <summary>
/// The rate table (global reference data, readable by any caller). With <c>on</c>: for each currency (or the one asked)
/// the rate in force on that date; a currency asked for without one is 422 naming currency and date. Without: every
/// dated rate, newest date first per currency.
/// </summary>
public sealed record ListExchangeRatesQuery(string? Currency, DateOnly? On, PageRequest Page) : IQuery<Page<ExchangeRateResponse>>;

public sealed class ListExchangeRatesValidator : AbstractValidator<ListExchangeRatesQuery>
{
    public ListExchangeRatesValidator() => RuleFor(q => q.Currency).IsCurrencyCode().When(q => q.Currency is not null);
}

public sealed class ListExchangeRatesHandler(IRevenueDbContext db, ExchangeRateBook book) : IQueryHandler<ListExchangeRatesQuery, Page<ExchangeRateResponse>>
{
    public async ValueTask<Page<ExchangeRateResponse>> Handle(ListExchangeRatesQuery q, CancellationToken ct)
    {
        var reporting = book.Reporting.Code;
        var rates = db.ExchangeRates.AsNoTracking();
        if (q.Currency is not null)
        {
            var code = Currency.Of(q.Currency).Code;
            rates = rates.Where(r => r.Currency == code);
        }

        if (q.On is { } on)
        {
            rates = rates.Where(r => r.EffectiveFrom <= on && !db.ExchangeRates.Any(n => n.Currency == r.Currency && n.EffectiveFrom > r.EffectiveFrom && n.EffectiveFrom <= on));
            var inForce = await rates.OrderBy(r => r.Currency).ToListAsync(ct);
            if (q.Currency is not null && inForce.Count == 0 && !string.Equals(q.Currency, reporting, StringComparison.OrdinalIgnoreCase))
                throw new BusinessRuleViolationException(new ExchangeRateMustBeKnown(q.Currency.ToUpperInvariant(), on));
            return new Page<ExchangeRateResponse>(inForce.Select(r => r.ToResponse(reporting)).ToList(), null);
        }

        if (q.Page.After is { } after)
        {
            var (currency, date) = RateCursor.Decode(after);
            rates = rates.Where(r => string.Compare(r.Currency, currency) > 0 || (r.Currency == currency && r.EffectiveFrom < date));
        }

        var rows = await rates.OrderBy(r => r.Currency).ThenByDescending(r => r.EffectiveFrom).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(r => r.ToResponse(reporting)).ToList(), q.Page.Limit, r => RateCursor.Encode(r.Currency, r.EffectiveFrom));
    }
}
