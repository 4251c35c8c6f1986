namespace Bench.Driver.Wins;

/// <summary>
/// Deals to win, the partners taking turns: registered by the partner (a customer and a product of their own, so no
/// conflict needs an override) and approved by a manager, eight at a time.
/// </summary>
internal static class ApprovedDeals
{
    public static async Task<List<Guid>> CreateAsync(
        Api api, IReadOnlyList<(Guid Id, string Token)> partners, string managerToken, int count)
    {
        var approved = new Guid?[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, _) =>
        {
            var (partner, token) = partners[i % partners.Count];
            var unique = Guid.NewGuid().ToString("N")[..12];
            var registration = new
            {
                partnerId = partner,
                customer = new { companyName = $"Win customer {unique}", country = "DE" },
                products = new[] { $"Win-{unique}" },
                estimatedValue = 5000,
                currency = "USD",
                expectedCloseDate = "2099-12-31",
            };
            var (_, id) = await api.PostAsync("/api/v1/deals", token, registration);
            if (id is not { } deal)
                return;
            var (status, _) = await api.PostAsync($"/api/v1/deals/{deal}/approve", managerToken, new { notes = "bench" });
            if (status == 200)
                approved[i] = deal;
        });
        return [.. approved.OfType<Guid>()];
    }
}
