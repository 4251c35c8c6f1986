using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain.Partners;
using Revenue.Domain.Pipeline;

namespace Revenue.Application.Reporting;

public sealed record PartnerPipeline(Guid PartnerId, string? Name, decimal OpenPipeline, decimal WeightedPipeline, decimal WonAmount, int OpenDeals, decimal WinRate);

/// <param name="OpenPipeline">Approved deals not closed (expected to close in the quarter when one is given).</param>
/// <param name="WeightedPipeline">Each partner's open pipeline × its trailing win rate.</param>
public sealed record PipelineResponse(string Currency, string? Quarter, decimal OpenPipeline, decimal WeightedPipeline, decimal WonAmount, int OpenDeals, IReadOnlyList<PartnerPipeline> ByPartner);

public sealed record GetPipelineQuery(Guid? PartnerId, string? Quarter, string? Region) : IQuery<PipelineResponse>;

public sealed class GetPipelineValidator : AbstractValidator<GetPipelineQuery>
{
    public GetPipelineValidator()
    {
        RuleFor(q => q.Quarter).IsQuarter().When(q => q.Quarter is not null);
        RuleFor(q => q.Region).IsEnumName<GetPipelineQuery, Region>().When(q => q.Region is not null);
    }
}

/// <summary>
/// The partner-sourced pipeline in the reporting currency, grouped per partner in SQL (three grouped queries, whatever the
/// number of partners): open deals at their approval date's rate, won ones at their close date's rate.
/// </summary>
public sealed class GetPipelineHandler(IRevenueDbContext db, ICurrentUser user, IOptions<PlatformOptions> platform, TimeProvider clock) : IQueryHandler<GetPipelineQuery, PipelineResponse>
{
    public async ValueTask<PipelineResponse> Handle(GetPipelineQuery q, CancellationToken ct)
    {
        var deals = DealsInScope(q);
        var open = deals.Where(d => d.Status == PipelineStatus.Open && d.ApprovedOn != null);
        var won = deals.Where(d => d.Status == PipelineStatus.Won);
        if (q.Quarter is not null)
        {
            Quarter.TryParse(q.Quarter, out var quarter);
            open = open.Where(d => d.ExpectedCloseDate >= quarter.Start && d.ExpectedCloseDate < quarter.EndExclusive);
            won = won.Where(d => d.ClosedOn >= quarter.Start && d.ClosedOn < quarter.EndExclusive);
        }

        var reporting = platform.Value.Reporting;
        var openByPartner = await open.OpenValued(db.ExchangeRates, reporting).SumByPartnerAsync(reporting, ct);
        var wonByPartner = (await won.WonValued(db.ExchangeRates, reporting).SumByPartnerAsync(reporting, ct)).ToDictionary(w => w.Key, w => w.Value.Amount);
        var rates = await TrailingWinRates.ByPartnerAsync(DealsInScope(q), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        var partnerIds = openByPartner.Keys.Union(wonByPartner.Keys).ToList();
        var names = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.PartnerId)).ToDictionaryAsync(p => p.PartnerId, p => p.Name, ct);

        var byPartner = partnerIds.Select(id =>
            {
                var (openAmount, openCount) = openByPartner.GetValueOrDefault(id);
                var rate = rates.RateOf(id);
                return new PartnerPipeline(id, names.GetValueOrDefault(id), openAmount, Money.Of(openAmount, reporting).Percent(rate).Amount, wonByPartner.GetValueOrDefault(id), openCount, rate);
            })
            .OrderByDescending(p => p.OpenPipeline).ThenByDescending(p => p.WonAmount).ThenBy(p => p.PartnerId)
            .ToList();
        return new PipelineResponse(
            reporting.Code,
            q.Quarter is null ? null : q.Quarter.ToUpperInvariant(),
            byPartner.Sum(p => p.OpenPipeline),
            byPartner.Sum(p => p.WeightedPipeline),
            byPartner.Sum(p => p.WonAmount),
            byPartner.Sum(p => p.OpenDeals),
            byPartner);
    }

    private IQueryable<PipelineDeal> DealsInScope(GetPipelineQuery q)
    {
        var deals = db.PipelineDeals.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            deals = deals.Where(d => d.PartnerId == partnerId);
        if (q.Region is not null)
        {
            var region = Validation.ParseEnum<Region>(q.Region);
            deals = deals.Where(d => db.Partners.Any(p => p.PartnerId == d.PartnerId && p.Region == region));
        }

        return deals;
    }
}
