using System.Net;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>Request bodies and short walks through the Partner API, as a frontend sends them through the gateway.</summary>
public static class PartnerRequests
{
    public static object NewPartner(string? name = null, string type = "Reseller") => new
    {
        name = name ?? $"E2E Partner {Guid.NewGuid():N}"[..24],
        type,
        website = $"https://www.e2e-{Guid.NewGuid():N}.example/",
        region = "Emea",
        country = "DE",
        salesTeamSize = 40,
        specializations = new[] { "Cloud", "Security" },
    };

    public static readonly object StrongFit = new { marketReach = 5, technicalCapability = 4, salesCapacity = 5, strategicAlignment = 4, customerBase = 5, notes = "Strong regional VAR" };

    public static object ResellerTerms => new { effectiveFrom = "2026-01-01", termMonths = 12, marginPercent = 22 };

    public static object Contact(int i, string role = "SalesRep") => new
    {
        firstName = $"Rep{i}",
        lastName = "E2E",
        email = $"rep{i}-{Guid.NewGuid():N}@partner.example",
        role,
    };

    public static async Task<Guid> ProspectAsync(this HttpClient manager)
    {
        var created = await manager.PostJson("/api/v1/partners", NewPartner());
        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        return created.Id;
    }

    public static async Task<Guid> ActivePartnerAsync(this HttpClient manager)
    {
        var id = await manager.ProspectAsync();
        (await manager.PostJson($"/api/v1/partners/{id}/evaluation", StrongFit)).Status.ShouldBe(HttpStatusCode.OK);
        var agreement = await manager.PostJson($"/api/v1/partners/{id}/agreements", ResellerTerms);
        agreement.Status.ShouldBe(HttpStatusCode.Created, agreement.ToString());
        var signed = await manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement.Id}/sign", new { signedBy = "Partner CEO" });
        signed.Status.ShouldBe(HttpStatusCode.OK, signed.ToString());
        return id;
    }
}
