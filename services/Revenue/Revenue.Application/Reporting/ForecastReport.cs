using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
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
        var open = await deals
            .Where(d => d.Status == PipelineStatus.Open && d.ApprovedOn != null && d.ExpectedCloseDate >= period.Start && d.ExpectedCloseDate < period.EndExclusive)
            .SumAsync(d => d.EstimatedValue, ct);
        var since = today.AddYears(-1);
        var closed = await deals
            .Where(d => (d.Status == PipelineStatus.Won || d.Status == PipelineStatus.Lost) && d.ClosedOn > since && d.ClosedOn <= today)
            .GroupBy(_ => 1)
            .Select(g => new { Won = g.Count(d => d.Status == PipelineStatus.Won), Lost = g.Count(d => d.Status == PipelineStatus.Lost) })
            .SingleOrDefaultAsync(ct);
        var (won, lost) = (closed?.Won ?? 0, closed?.Lost ?? 0);
        var rate = Forecasting.WinRatePercent(won, lost);
        return new ForecastResponse(platform.Value.ReportingCurrency, period.Label, partnerId, booked, open, rate, won + lost, Forecasting.Forecast(booked, open, rate));
    }
}
