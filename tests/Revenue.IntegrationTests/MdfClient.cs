using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;

namespace Revenue.IntegrationTests;

/// <summary>The MDF routes (budgets, requests, claims) the tests call, in one place.</summary>
public sealed class MdfClient(HttpClient client)
{
    public const string Mdf = "/api/v1/revenue/mdf";

    public static readonly string[] Proof = ["https://cdn.example.com/proof/invoice.pdf", "http://example.com/photos/booth.jpg"];

    public HttpClient Client => client;

    public Task<Answer> BudgetAsync(Guid partnerId, int? year = null) => client.GetJson($"{Mdf}/budgets/{partnerId}{YearQuery(year)}");

    public Task<Answer> SetBudgetAsync(Guid partnerId, decimal amount, int? year = null) => client.PutJson($"{Mdf}/budgets/{partnerId}{YearQuery(year)}", new { amount });

    public Task<Answer> PutBudgetRawAsync(Guid partnerId, object body) => client.PutJson($"{Mdf}/budgets/{partnerId}", body);

    public Task<Answer> SubmitAsync(Guid? partnerId, decimal requestedAmount, DateOnly plannedOn, Guid? campaignId = null, string activityType = "Webinar") =>
        client.PostJson($"{Mdf}/requests", new { partnerId, campaignId, activityType, description = "Joint webinar", requestedAmount, currency = "USD", plannedOn });

    public Task<Answer> SubmitRawAsync(object body) => client.PostJson($"{Mdf}/requests", body);

    public Task<Answer> RequestAsync(Guid id) => client.GetJson($"{Mdf}/requests/{id}");

    public Task<Answer> RequestsAsync(string query = "") => client.GetJson($"{Mdf}/requests{query}");

    public Task<Answer> ApproveAsync(Guid id, decimal approvedAmount, string? ifMatch = null) =>
        client.PostJson($"{Mdf}/requests/{id}/approve", new { approvedAmount }, IfMatch(ifMatch));

    public Task<Answer> RejectAsync(Guid id, string? reason, string? ifMatch = null) => client.PostJson($"{Mdf}/requests/{id}/reject", new { reason }, IfMatch(ifMatch));

    public Task<Answer> ClaimAsync(Guid requestId, decimal claimedAmount, IReadOnlyList<string>? proofUrls = null, int? leadsGenerated = 12) =>
        client.PostJson($"{Mdf}/requests/{requestId}/claims", new { claimedAmount, proofUrls = proofUrls ?? Proof, leadsGenerated });

    public Task<Answer> ClaimRawAsync(Guid requestId, object body) => client.PostJson($"{Mdf}/requests/{requestId}/claims", body);

    public Task<Answer> ClaimsOfRequestAsync(Guid requestId) => client.GetJson($"{Mdf}/requests/{requestId}/claims");

    public Task<Answer> ClaimOfAsync(Guid id) => client.GetJson($"{Mdf}/claims/{id}");

    public Task<Answer> ClaimsAsync(string query = "") => client.GetJson($"{Mdf}/claims{query}");

    public Task<Answer> ApproveClaimAsync(Guid id, decimal approvedAmount, string? reason = null) =>
        client.PostJson($"{Mdf}/claims/{id}/approve", new { approvedAmount, reason });

    public Task<Answer> ReimburseAsync(Guid id, DateOnly paidOn) => client.PostJson($"{Mdf}/claims/{id}/reimburse", new { paidOn });

    /// <summary>Sets the year's budget (channel manager caller) and checks it took.</summary>
    public async Task FundAsync(Guid partnerId, decimal amount, int year)
    {
        var set = await SetBudgetAsync(partnerId, amount, year);
        set.Status.ShouldBe(HttpStatusCode.OK, set.ToString());
    }

    /// <summary>A submitted request; returns its id.</summary>
    public async Task<Guid> SubmittedAsync(Guid partnerId, decimal amount, DateOnly plannedOn, Guid? campaignId = null)
    {
        var submitted = await SubmitAsync(partnerId, amount, plannedOn, campaignId);
        submitted.Status.ShouldBe(HttpStatusCode.Created, submitted.ToString());
        return submitted.Id;
    }

    /// <summary>A request submitted and approved in full (the budget must cover it); returns its id.</summary>
    public async Task<Guid> ApprovedAsync(Guid partnerId, decimal amount, DateOnly plannedOn)
    {
        var id = await SubmittedAsync(partnerId, amount, plannedOn);
        var approved = await ApproveAsync(id, amount);
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        return id;
    }

    /// <summary>A submitted claim on an approved request; returns its id.</summary>
    public async Task<Guid> ClaimedAsync(Guid requestId, decimal amount)
    {
        var claim = await ClaimAsync(requestId, amount);
        claim.Status.ShouldBe(HttpStatusCode.Created, claim.ToString());
        return claim.Id;
    }

    public static decimal Money(Answer answer, string property) => answer.Body[property]!.GetValue<decimal>();

    public static IReadOnlyList<Guid> Ids(Answer list) => list.Body["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();

    public static JsonArray Items(Answer list) => list.Body["items"]!.AsArray();

    private static string YearQuery(int? year) => year is null ? string.Empty : $"?year={year}";

    private static Dictionary<string, string>? IfMatch(string? tag) => tag is null ? null : new Dictionary<string, string> { ["If-Match"] = tag };
}
