using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>Walks partners through the public API to the state a test needs.</summary>
public sealed class PartnerApi(HttpClient manager)
{
    public static object NewPartner(string? name = null, string type = "Reseller", string? website = null, string region = "Emea") => new
    {
        name = name ?? $"Partner {Guid.NewGuid():N}"[..20],
        type,
        website = website ?? $"https://www.p-{Guid.NewGuid():N}.example/",
        region,
        country = "DE",
        salesTeamSize = 25,
    };

    public static object TermsFor(string type) => type switch
    {
        "Reseller" => new { effectiveFrom = "2026-01-01", marginPercent = 20 },
        "Msp" => new { effectiveFrom = "2026-01-01", marginPercent = 25 },
        "Referral" => new { effectiveFrom = "2026-01-01", commissionPercent = 12 },
        "SystemIntegrator" => new { effectiveFrom = "2026-01-01", referralFeePercent = 10 },
        _ => new { effectiveFrom = "2026-01-01", revenueSharePercent = 15 },
    };

    public static readonly object HighScores = new { marketReach = 5, technicalCapability = 5, salesCapacity = 5, strategicAlignment = 5, customerBase = 5 };

    public static readonly object LowScores = new { marketReach = 1, technicalCapability = 1, salesCapacity = 1, strategicAlignment = 1, customerBase = 1 };

    /// <summary>The <c>If-Match</c> header for a state-changing request.</summary>
    public static Dictionary<string, string> IfMatch(string? etag) => new() { ["If-Match"] = etag ?? throw new ArgumentNullException(nameof(etag)) };

    public Task<Guid> ProspectAsync(string type = "Reseller") => CreateAsync(NewPartner(type: type));

    public async Task<Guid> CreateAsync(object partner)
    {
        var created = await manager.PostJson("/api/v1/partners", partner);
        created.Status.ShouldBe(System.Net.HttpStatusCode.Created, created.ToString());
        return created.Id;
    }

    public async Task<Guid> QualifiedAsync(string type = "Reseller")
    {
        var id = await ProspectAsync(type);
        (await manager.PostJson($"/api/v1/partners/{id}/evaluation", HighScores)).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        return id;
    }

    public async Task<(Guid Partner, Guid Agreement)> OnboardingAsync(string type = "Reseller")
    {
        var id = await QualifiedAsync(type);
        var agreement = await manager.PostJson($"/api/v1/partners/{id}/agreements", TermsFor(type));
        agreement.Status.ShouldBe(System.Net.HttpStatusCode.Created, agreement.ToString());
        return (id, agreement.Id);
    }

    public async Task<Guid> ActiveAsync(string type = "Reseller")
    {
        var (id, agreement) = await OnboardingAsync(type);
        var signed = await manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "CEO" });
        signed.Status.ShouldBe(System.Net.HttpStatusCode.OK, signed.ToString());
        return id;
    }

    /// <summary>Takes a prospect (of the given type) through evaluation and a signed agreement to Active.</summary>
    public Task ActivateAsync(Guid prospect, string type = "Reseller") => QualifyThenSignAsync(prospect, TermsFor(type));

    public async Task QualifyThenSignAsync(Guid prospect, object terms)
    {
        (await manager.PostJson($"/api/v1/partners/{prospect}/evaluation", HighScores)).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        var agreement = await manager.PostJson($"/api/v1/partners/{prospect}/agreements", terms);
        agreement.Status.ShouldBe(System.Net.HttpStatusCode.Created, agreement.ToString());
        var signed = await manager.PostJson($"/api/v1/partners/{prospect}/agreements/{agreement.Id}/sign", new { signedBy = "CEO" });
        signed.Status.ShouldBe(System.Net.HttpStatusCode.OK, signed.ToString());
    }

    /// <summary>An active partner with the given number of active SalesRep contacts.</summary>
    public async Task<(Guid Partner, Guid[] Reps)> ActiveWithRepsAsync(int reps, string type = "Reseller")
    {
        var id = await ActiveAsync(type);
        var contacts = new Guid[reps];
        for (var i = 0; i < reps; i++)
            contacts[i] = await ContactAsync(id);
        return (id, contacts);
    }

    public async Task<Answer> GetAsync(Guid partnerId) => await manager.GetJson($"/api/v1/partners/{partnerId}");

    public async Task<Guid> ContactAsync(Guid partnerId, string role = "SalesRep")
    {
        var contact = await manager.PostJson($"/api/v1/partners/{partnerId}/contacts", new { firstName = "Ada", lastName = "Rep", email = $"{Guid.NewGuid():N}@partner.example", role });
        contact.Status.ShouldBe(System.Net.HttpStatusCode.Created, contact.ToString());
        return contact.Id;
    }
}
