using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using ChannelPlatform.SharedKernel;
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

        var reporting = platform.Value.Reporting;
        var booked = Money.Of(await bookings.SumAsync(b => b.ReportingAmount, ct), reporting);
        var openByPartner = (await deals
            .Where(d => d.Status == PipelineStatus.Open && d.ExpectedCloseDate >= period.Start && d.ExpectedCloseDate < period.EndExclusive)
            .OpenValued(db.ExchangeRates, reporting)
            .SumByPartnerAsync(reporting, ct))
            .Select(p => new { PartnerId = p.Key, Amount = Money.Of(p.Value.Amount, reporting) })
            .ToList();
        var rates = await TrailingWinRates.ByPartnerAsync(deals, today, ct);
        var open = Money.Sum(openByPartner.Select(o => o.Amount), reporting);
        var closedDeals = rates.Values.Sum(r => r.Won + r.Lost);
        if (partnerId is not null)
        {
            var rate = rates.RateOf(partnerId.Value);
            return new ForecastResponse(reporting.Code, period.Label, partnerId, booked.Amount, open.Amount, rate, closedDeals, Forecasting.Forecast(booked, open, rate).Amount);
        }

        // The program: each partner's open pipeline at its own rate (as the weighted pipeline), the rate shown being the blend.
        var weighted = Money.Sum(openByPartner.Select(o => o.Amount.Percent(rates.RateOf(o.PartnerId))), reporting);
        var blended = open.IsZero ? Forecasting.DefaultWinRatePercent : Percentages.Share(weighted.Amount, open.Amount);
        return new ForecastResponse(reporting.Code, period.Label, null, booked.Amount, open.Amount, blended, closedDeals, (booked + weighted).Amount);
    }
}
