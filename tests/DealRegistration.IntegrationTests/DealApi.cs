using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Deal registrations through the public API, and the small readers the tests share.</summary>
public sealed class DealApi(HttpClient client, DealServiceFixture service)
{
    /// <summary>A product name no other test uses, so conflicts stay within one test.</summary>
    public static string UniqueProduct(string name = "Suite") => $"{name}-{Guid.NewGuid():N}"[..Math.Min(100, name.Length + 13)];

    /// <summary>A company name no other test's name is similar to.</summary>
    public static string UniqueCompany() => $"Customer {Guid.NewGuid():N}";

    public static object NewDeal(
        Guid? partnerId,
        string? company = null,
        string? domain = null,
        string[]? products = null,
        decimal estimatedValue = 50_000m,
        string currency = "USD",
        Guid? contactId = null,
        Guid? campaignId = null) => new
        {
            partnerId,
            submittedByContactId = contactId,
            customer = new { companyName = company ?? UniqueCompany(), domain, country = "US" },
            products = products ?? [UniqueProduct()],
            estimatedValue,
            currency,
            expectedCloseDate = "2027-03-31",
            campaignId,
            description = "Registered by an integration test",
        };

    public static Dictionary<string, string> IfMatch(string? etag) => new() { ["If-Match"] = etag ?? throw new ArgumentNullException(nameof(etag)) };

    public async Task<Guid> RegisterAsync(Guid? partnerId, string? company = null, string? domain = null, string[]? products = null, decimal estimatedValue = 50_000m)
    {
        var answer = await client.PostJson("/api/v1/deals", NewDeal(partnerId, company, domain, products, estimatedValue));
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return answer.Id;
    }

    public async Task<Answer> ApproveAsync(Guid dealId, object? body = null)
    {
        var answer = await client.PostJson($"/api/v1/deals/{dealId}/approve", body ?? new { notes = "Looks good" });
        return answer;
    }

    public async Task<Guid> ApprovedAsync(Guid partnerId, string? company = null, string[]? products = null, decimal estimatedValue = 50_000m)
    {
        var id = await RegisterAsync(partnerId, company, products: products, estimatedValue: estimatedValue);
        (await ApproveAsync(id)).Status.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    public Task<Answer> PostAsync(Guid dealId, string verb, object? body, IDictionary<string, string>? headers = null) =>
        client.PostJson($"/api/v1/deals/{dealId}/{verb}", body, headers);

    public Task<Answer> GetAsync(Guid dealId) => client.GetJson($"/api/v1/deals/{dealId}");

    public DateTimeOffset Now => service.Now;

    public static DateTimeOffset Utc(JsonNode node, string field)
    {
        var text = node[field]!.GetValue<string>();
        var value = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        value.Offset.ShouldBe(TimeSpan.Zero, $"{field} '{text}' must be UTC");
        return value;
    }

    public static decimal Number(JsonNode node, string field)
    {
        var value = node[field] ?? throw new InvalidOperationException($"{field} is missing");
        value.GetValueKind().ShouldBe(JsonValueKind.Number, $"{field} must be a JSON number");
        return value.GetValue<decimal>();
    }

    public static IReadOnlyList<JsonNode> Items(Answer list) => list.Body["items"]!.AsArray().Select(i => i!).ToList();

    public static IReadOnlyList<string> Ids(Answer list) => Items(list).Select(i => i["id"]!.GetValue<string>()).ToList();
}
