using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Conflicts.Matching;
using DealRegistration.Domain.Deals;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals.ListDeals;

/// <summary>
/// <c>?customer=</c>: the deals (any status) whose customer the conflict matcher reads as the one searched for — a
/// name, a web domain or an e-mail address — looked up through the GIN index on match keys, in id order (keyset
/// paging), at most <see cref="Batch"/> × <see cref="MaxBatches"/> candidates per page; countries are not compared.
/// </summary>
internal static class CustomerSearch
{
    private const int Batch = 200;
    private const int MaxBatches = 10;

    public static async Task<List<Deal>> FindAsync(IQueryable<Deal> deals, string text, IMatchStatistics statistics, Guid? after, int take, CancellationToken ct)
    {
        var profile = ProfileOf(text.Trim());
        var counts = new Dictionary<string, int>(await statistics.CountsAsync(MatchKeys.Counts(profile), ct), StringComparer.Ordinal);
        var keys = MatchKeys.Query(profile, k => counts.GetValueOrDefault(k)).ToList();
        var found = new List<Deal>();
        for (var batch = 0; batch < MaxBatches && found.Count < take; batch++)
        {
            var ids = await statistics.DealsWithAnyAsync(keys, after, Batch, ct);
            var rows = await deals.Where(d => ids.Contains(d.Id)).Include(d => d.CoSellRequests).OrderBy(d => d.Id).ToListAsync(ct);
            foreach (var (key, count) in await statistics.CountsAsync(rows.SelectMany(r => r.Customer.MatchTokens), ct))
                counts[key] = count;
            found.AddRange(rows.Where(r => ConflictMatcher.Match(profile, r.Customer.Profile(), k => counts.GetValueOrDefault(k), compareCountries: false) is not null));
            if (ids.Count < Batch)
                break;
            after = ids[^1];
        }

        return found.Take(take).ToList();
    }

    /// <summary>The text as a name, and also as a domain ("hooli.example") or an e-mail address when it reads as one.</summary>
    private static CustomerProfile ProfileOf(string text)
    {
        var email = text.Contains('@', StringComparison.Ordinal) ? text : null;
        var domain = email is null && !text.Any(char.IsWhiteSpace) && text.Contains('.', StringComparison.Ordinal) ? text : null;
        return CustomerProfile.Of(text, domain, email, country: null);
    }
}
