using ChannelPlatform.Application;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Reporting;

public sealed record TopPartner(Guid PartnerId, string? Name, decimal Revenue, decimal Share);

/// <param name="PartnerRevenueShare">Percent of total revenue that is partner revenue (target 20–40 %).</param>
/// <param name="PartnerSourcedPipeline">Estimated value of partner deals approved in the period.</param>
public sealed record RevenueKpisResponse(
    string Currency, string Period, string? Region, decimal TotalRevenue, decimal PartnerRevenue, decimal PartnerRevenueShare, decimal DirectRevenue,
    decimal PartnerSourcedPipeline, IReadOnlyList<TopPartner> TopPartners);

public sealed record GetRevenueKpisQuery(string? Quarter, int? Year, string? Region) : IQuery<RevenueKpisResponse>;

public sealed class GetRevenueKpisValidator : AbstractValidator<GetRevenueKpisQuery>
{
    public GetRevenueKpisValidator()
    {
        RuleFor(q => q.Quarter).IsQuarter().When(q => q.Quarter is not null);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
        RuleFor(q => q.Year).Null().When(q => q.Quarter is not null).WithMessage("Give quarter or year, not both.");
        RuleFor(q => q.Region).IsEnumName<GetRevenueKpisQuery, Region>().When(q => q.Region is not null);
    }
}

/// <summary>
/// Revenue KPIs in SQL, in the reporting currency: bookings at their stored reporting amounts (each converted once, at the
/// rate of its booking date), the top five partners by revenue, the pipeline approved in the period at each deal's approval-date rate.
/// </summary>
public sealed class GetRevenueKpisHandler(IRevenueDbContext db, IOptions<PlatformOptions> platform, TimeProvider clock) : IQueryHandler<GetRevenueKpisQuery, RevenueKpisResponse>
{
    public const int TopPartnerCount = 5;

    public async ValueTask<RevenueKpisResponse> Handle(GetRevenueKpisQuery q, CancellationToken ct)
    {
        var period = ReportingPeriod.Of(q.Quarter, q.Year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Region? region = q.Region is null ? null : Validation.ParseEnum<Region>(q.Region);
        var bookings = db.Bookings.AsNoTracking().Where(b => b.BookedOn >= period.Start && b.BookedOn < period.EndExclusive);
        if (region is { } r)
            bookings = bookings.Where(b => b.Region == r);

        var reporting = platform.Value.Reporting;
        var byKind = await bookings.GroupBy(b => b.Kind).Select(g => new { Kind = g.Key, Amount = g.Sum(b => b.ReportingAmount) }).ToDictionaryAsync(g => g.Kind, g => g.Amount, ct);
        var partnerRevenue = byKind.GetValueOrDefault(BookingKind.Partner);
        var directRevenue = byKind.GetValueOrDefault(BookingKind.Direct);
        var total = partnerRevenue + directRevenue;

        var top = await bookings.Where(b => b.Kind == BookingKind.Partner)
            .GroupBy(b => b.PartnerId)
            .Select(g => new { PartnerId = g.Key!.Value, Revenue = g.Sum(b => b.ReportingAmount) })
            .OrderByDescending(g => g.Revenue).ThenBy(g => g.PartnerId)
            .Take(TopPartnerCount)
            .ToListAsync(ct);
        var ids = top.Select(t => t.PartnerId).ToList();
        var names = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.PartnerId)).ToDictionaryAsync(p => p.PartnerId, p => p.Name, ct);

        var approved = db.PipelineDeals.AsNoTracking().Where(d => d.ApprovedOn >= period.Start && d.ApprovedOn < period.EndExclusive);
        if (region is { } pr)
            approved = approved.Where(d => db.Partners.Any(p => p.PartnerId == d.PartnerId && p.Region == pr));
        var pipeline = (await approved.OpenValued(db.ExchangeRates, reporting).SumByPartnerAsync(reporting, ct)).Values.Sum(p => p.Amount);

        return new RevenueKpisResponse(
            reporting.Code,
            period.Label,
            region?.ToString(),
            total,
            partnerRevenue,
            Percentages.Share(partnerRevenue, total),
            directRevenue,
            pipeline,
            top.Select(t => new TopPartner(t.PartnerId, names.GetValueOrDefault(t.PartnerId), t.Revenue, Percentages.Share(t.Revenue, total))).ToList());
    }
}
