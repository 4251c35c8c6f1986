using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain;
using Revenue.Domain.Bookings;
using Revenue.Domain.Pipeline;

namespace Revenue.Application.Reporting;

/// <param name="Booked">Partner bookings in the quarter (after adjustments).</param>
/// <param name="OpenPipeline">Approved, open deals expected to close in the quarter.</param>
/// <param name="WinRate">Percent: trailing-twelve-month won/(won+lost) × 100; 30 until 5 deals closed.</param>
/// <param name="Forecast">booked + openPipeline × winRate / 100, to the cent.</param>
public sealed record ForecastResponse(string Currency, string Quarter, Guid? PartnerId, decimal Booked, decimal OpenPipeline, decimal WinRate, int ClosedDeals, decimal Forecast);

public sealed record GetForecastQuery(string? Quarter, Guid? PartnerId) : IQuery<ForecastResponse>;

public sealed class GetForecastValidator : AbstractValidator<GetForecastQuery>
{
    public GetForecastValidator() => RuleFor(q => q.Quarter).IsQuarter().When(q => q.Quarter is not null);
}

/// <summary>The partner channel's forecast for a quarter, for one partner or (channel managers) all of them.</summary>
public sealed class GetForecastHandler(IRevenueDbContext db, ICurrentUser user, IOptions<PlatformOptions> platform, TimeProvider clock) : IQueryHandler<GetForecastQuery, ForecastResponse>
{
    public async ValueTask<ForecastResponse> Handle(GetForecastQuery q, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = ReportingPeriod.Of(q.Quarter, null, today);
        var partnerId = user.ScopedPartnerId(q.PartnerId);
        var bookings = db.Bookings.AsNoTracking().Where(b => b.Kind == BookingKind.Partner && b.BookedOn >= period.Start && b.BookedOn < period.EndExclusive);
        var deals = db.PipelineDeals.AsNoTracking();
        if (partnerId is { } id)
        {
            bookings = bookings.Where(b => b.PartnerId == id);
            deals = deals.Where(d => d.PartnerId == id);
        }

        var booked = await bookings.SumAsync(b => b.Amount, ct);
        var openByPartner = await deals
            .Where(d => d.Status == PipelineStatus.Open && d.ApprovedOn != null && d.ExpectedCloseDate >= period.Start && d.ExpectedCloseDate < period.EndExclusive)
            .GroupBy(d => d.PartnerId)
            .Select(g => new { PartnerId = g.Key, Amount = g.Sum(d => d.EstimatedValue) })
            .ToListAsync(ct);
        var rates = await TrailingWinRates.ByPartnerAsync(deals, today, ct);
        var open = openByPartner.Sum(o => o.Amount);
        var closedDeals = rates.Values.Sum(r => r.Won + r.Lost);
        if (partnerId is not null)
        {
            var rate = rates.RateOf(partnerId.Value);
            return new ForecastResponse(platform.Value.ReportingCurrency, period.Label, partnerId, booked, open, rate, closedDeals, Forecasting.Forecast(booked, open, rate));
        }

        // The program: each partner's open pipeline at its own rate (as the weighted pipeline), the rate shown being the blend.
        var weighted = openByPartner.Sum(o => Money.Percent(o.Amount, rates.RateOf(o.PartnerId)));
        var blended = open == 0 ? Forecasting.DefaultWinRatePercent : Money.Share(weighted, open);
        return new ForecastResponse(platform.Value.ReportingCurrency, period.Label, null, booked, open, blended, closedDeals, Money.Round(booked + weighted));
    }
}
