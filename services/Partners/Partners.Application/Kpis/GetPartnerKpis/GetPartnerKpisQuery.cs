using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Escalations;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.Application.Kpis.GetPartnerKpis;

public sealed record GetPartnerKpisQuery(int? Year) : IQuery<PartnerKpisResponse>;

public sealed record PartnerKpisResponse(
    int Year,
    int ActivePartners,
    int NewPartners,
    IReadOnlyDictionary<string, int> ByTier,
    IReadOnlyDictionary<string, int> ByType,
    decimal? SatisfactionScore,
    int SatisfactionResponses,
    int OpenEscalations,
    int BreachedEscalations);

public sealed class GetPartnerKpisValidator : AbstractValidator<GetPartnerKpisQuery>
{
    public GetPartnerKpisValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

/// <summary>
/// Program KPIs, each one aggregate query: active partners by tier and type, partners activated in
/// the year, satisfaction (percent of responses scoring 4–5 over the trailing twelve months; null
/// with no responses), open and breached escalations. A respondent has one row per partner and
/// quarter (a second answer replaces the first), so counting rows counts each respondent's latest answer.
/// </summary>
public sealed class GetPartnerKpisHandler(IPartnersDbContext db, TimeProvider clock) : IQueryHandler<GetPartnerKpisQuery, PartnerKpisResponse>
{
    public async ValueTask<PartnerKpisResponse> Handle(GetPartnerKpisQuery query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var year = query.Year ?? now.Year;
        var yearStart = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var yearEnd = yearStart.AddYears(1);
        var active = db.Partners.AsNoTracking().Where(p => p.Status == PartnerStatus.Active);

        var activePartners = await active.CountAsync(ct);
        var newPartners = await db.Partners.AsNoTracking().CountAsync(p => p.ActivatedAt >= yearStart && p.ActivatedAt < yearEnd, ct);
        var byTier = await active.GroupBy(p => p.Tier).Select(g => new { Tier = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byType = await active.GroupBy(p => p.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(ct);
        var since = now.AddMonths(-12);
        var satisfaction = await db.SatisfactionResponses.AsNoTracking().Where(r => r.RespondedAt > since)
            .GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Satisfied = g.Count(r => r.Score >= 4) })
            .SingleOrDefaultAsync(ct);
        var open = await db.Escalations.AsNoTracking().CountAsync(e => e.Status == EscalationStatus.Open, ct);
        var breached = await db.Escalations.AsNoTracking().CountAsync(e => e.Status == EscalationStatus.Open && e.ResponseDueAt < now, ct);

        return new PartnerKpisResponse(
            year,
            activePartners,
            newPartners,
            Enum.GetValues<PartnerTier>().ToDictionary(t => t.ToString(), t => byTier.SingleOrDefault(x => x.Tier == t)?.Count ?? 0),
            Enum.GetValues<PartnerType>().ToDictionary(t => t.ToString(), t => byType.SingleOrDefault(x => x.Type == t)?.Count ?? 0),
            satisfaction is { Total: > 0 } s ? Math.Round(100m * s.Satisfied / s.Total, 1, MidpointRounding.AwayFromZero) : null,
            satisfaction?.Total ?? 0,
            open,
            breached);
    }
}
