using System.Globalization;
using System.Net;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>The registrations, unique names and dates the cross-service tests share.</summary>
internal static class CrossServiceRequests
{
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Registers the deal, retrying while DealRegistration answers 422 because the partner's
    /// activation event has not reached its projection yet.
    /// </summary>
    public static Task<Answer> RegisterOnceActiveAsync(HttpClient client, object deal) =>
        Eventually.Get(
            async () =>
            {
                var answer = await client.PostJson("/api/v1/deals", deal);
                if (answer.Status == (HttpStatusCode)422)
                    return null;
                answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
                return answer;
            },
            EventTimeout,
            "DealRegistration to accept the active partner's registration");

    /// <summary>A registration as a partner's user sends it: no partnerId, the token carries it.</summary>
    public static object Deal(string company, string[] products, Guid? campaignId = null, decimal estimatedValue = 75_000m) => new
    {
        customer = new { companyName = company, country = "US" },
        products,
        estimatedValue,
        currency = "USD",
        expectedCloseDate = Today(90),
        campaignId,
        description = "Registered end to end",
    };

    public static string UniqueProduct() => $"Suite-{Guid.NewGuid():N}"[..18];

    public static string UniqueCompany() => $"Customer {Guid.NewGuid():N}";

    /// <summary>The platform's today (<see cref="MidQuarterClock"/>), as the services see it.</summary>
    public static string Today(int days = 0) => MidQuarterClock.Instance.Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Guid> ResellerAt20PercentAsync(HttpClient manager)
    {
        var id = await manager.ProspectAsync();
        (await manager.PostJson($"/api/v1/partners/{id}/evaluation", PartnerRequests.StrongFit)).Status.ShouldBe(HttpStatusCode.OK);
        var from = QuarterStart(MidQuarterClock.Instance.Today).AddMonths(-3);
        var agreement = await manager.PostJson($"/api/v1/partners/{id}/agreements", new { effectiveFrom = from, termMonths = 24, marginPercent = 20 });
        agreement.Status.ShouldBe(HttpStatusCode.Created, agreement.ToString());
        (await manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement.Id}/sign", new { signedBy = "Partner CEO" })).Status.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public static async Task<Guid> WonDealAsync(HttpClient manager, HttpClient partnerUser, decimal value, DateOnly closedOn, IDictionary<string, string>? winHeaders = null)
    {
        var registered = await RegisterOnceActiveAsync(partnerUser, Deal(UniqueCompany(), [UniqueProduct()], estimatedValue: value));
        (await manager.PostJson($"/api/v1/deals/{registered.Id}/approve", new { notes = "ok" })).Status.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJson($"/api/v1/deals/{registered.Id}/win", new { actualValue = value, closedOn }, winHeaders)).Status.ShouldBe(HttpStatusCode.OK);
        return registered.Id;
    }

    public static DateOnly QuarterStart(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);
}
