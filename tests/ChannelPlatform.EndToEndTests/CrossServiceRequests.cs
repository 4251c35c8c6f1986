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

    public static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
