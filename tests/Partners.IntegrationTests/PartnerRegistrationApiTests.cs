using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class PartnerRegistrationApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Creating_a_partner_answers_201_with_its_location_etag_and_the_prospect()
    {
        var created = await _manager.PostJson("/api/v1/partners", new
        {
            name = "  Acme Channel  ",
            type = "msp",
            website = "https://www.Acme-Created.example/about",
            region = "apac",
            country = "jp",
            salesTeamSize = 12,
            specializations = new[] { "Cloud", "cloud", "Security" },
        });

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/partners/{created.Id}");
        created.ETag.ShouldNotBeNullOrEmpty();
        created.Str("status").ShouldBe("Prospect");
        created.Str("name").ShouldBe("Acme Channel");
        created.Str("type").ShouldBe("Msp");
        created.Str("region").ShouldBe("Apac");
        created.Str("country").ShouldBe("JP");
        created.Str("domain").ShouldBe("acme-created.example");
        created.Body["tier"].ShouldBeNull();
        created.Body["specializations"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["Cloud", "Security"]);
        created.Str("version").ShouldNotBeNullOrEmpty();
        created.ETag.ShouldBe($"\"{created.Str("version")}\"");
    }

    [Fact]
    public async Task A_created_partner_can_be_read_back_at_its_location_with_the_same_etag()
    {
        var created = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner());

        var read = await _manager.GetJson(created.Location!);

        read.Status.ShouldBe(HttpStatusCode.OK);
        read.Id.ShouldBe(created.Id);
        read.Str("name").ShouldBe(created.Str("name"));
        read.ETag.ShouldBe(created.ETag);
    }

    [Fact]
    public async Task An_unknown_partner_is_404_problem_details()
    {
        var answer = await _manager.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}");

        answer.Status.ShouldBe(HttpStatusCode.NotFound);
        answer.ContentType.ShouldBe("application/problem+json");
        answer.Body["status"]!.GetValue<int>().ShouldBe(404);
        answer.Str("traceId").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Without_a_token_every_route_is_401()
    {
        using var anonymous = service.Anonymous();
        var id = Guid.CreateVersion7();

        (await anonymous.GetJson("/api/v1/partners")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetJson($"/api/v1/partners/{id}")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostJson("/api/v1/partners", PartnerApi.NewPartner())).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetJson("/api/v1/tiers")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetJson("/api/v1/escalations")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        using var forged = service.App.CreateClient();
        var otherKey = new TestTokens("another-signing-key-that-the-partner-service-does-not-trust-0123456789");
        forged.DefaultRequestHeaders.Authorization = new("Bearer", otherKey.For(Roles.ChannelManager));

        (await forged.GetJson("/api/v1/partners")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Partner_and_integration_roles_get_403_on_manager_only_commands(string role)
    {
        var api = new PartnerApi(_manager);
        var active = await api.ActiveAsync();
        var contact = await api.ContactAsync(active);
        var prospect = await api.ProspectAsync();
        using var client = service.Client(role, role == Roles.Partner ? active : null);
        var tier = new { minTrailingRevenue = 0, minCertifiedReps = 0, marginBonusPercent = 0, mdfPercent = 0, protectionDays = 60 };

        var answers = new[]
        {
            await client.PostJson("/api/v1/partners", PartnerApi.NewPartner()),
            await client.PostJson($"/api/v1/partners/{prospect}/evaluation", PartnerApi.HighScores),
            await client.PostJson($"/api/v1/partners/{active}/agreements", PartnerApi.TermsFor("Reseller")),
            await client.PostJson($"/api/v1/partners/{active}/agreements/{Guid.CreateVersion7()}/sign", new { signedBy = "x" }),
            await client.PostJson($"/api/v1/partners/{active}/suspend", new { reason = "x" }),
            await client.PostJson($"/api/v1/partners/{active}/reactivate", new { reason = "x" }),
            await client.PostJson($"/api/v1/partners/{active}/terminate", new { reason = "x" }),
            await client.PostJson($"/api/v1/partners/{active}/contacts", new { firstName = "A", lastName = "B", email = "a@b.example", role = "SalesRep" }),
            await client.PostJson($"/api/v1/partners/{active}/contacts/bulk", new { contacts = new[] { new { firstName = "A", lastName = "B", email = "a@b.example", role = "SalesRep" } } }),
            await client.PostJson($"/api/v1/partners/{active}/contacts/{contact}/deactivate", null),
            await client.PutJson("/api/v1/tiers/Registered", tier),
            await client.PostJson("/api/v1/tiers/review", null),
            await client.PostJson($"/api/v1/partners/{active}/tier", new { tier = "Gold", reason = "x" }),
            await client.PostJson($"/api/v1/partners/{active}/qbrs", new { quarter = "2026-Q1", scheduledAt = "2026-02-01T10:00:00Z" }),
            await client.PostJson($"/api/v1/escalations/{Guid.CreateVersion7()}/resolve", new { resolution = "x" }),
        };

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Forbidden);
        (await api.GetAsync(active)).Str("status").ShouldBe("Active");
        (await _manager.GetJson($"/api/v1/partners/{active}/contacts")).Body["items"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_integration_role_can_read_everything()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        await api.ContactAsync(id);
        using var integration = service.Client(Roles.Integration);

        var reads = new[]
        {
            await integration.GetJson("/api/v1/partners"),
            await integration.GetJson($"/api/v1/partners/{id}"),
            await integration.GetJson($"/api/v1/partners/{id}/contacts"),
            await integration.GetJson($"/api/v1/partners/{id}/agreements"),
            await integration.GetJson($"/api/v1/partners/{id}/tier-evaluation"),
            await integration.GetJson($"/api/v1/partners/{id}/qbrs"),
            await integration.GetJson($"/api/v1/partners/{id}/satisfaction-responses"),
            await integration.GetJson("/api/v1/partners/kpis"),
            await integration.GetJson("/api/v1/tiers"),
            await integration.GetJson("/api/v1/escalations"),
        };

        reads.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        reads[1].Id.ShouldBe(id);
    }

    [Fact]
    public async Task Every_created_resource_can_be_read_at_its_location()
    {
        var api = new PartnerApi(_manager);
        var (id, _) = await api.OnboardingAsync();
        var locations = new[]
        {
            (await _manager.PostJson($"/api/v1/partners/{id}/agreements", PartnerApi.TermsFor("Reseller"))).Location,
            (await _manager.PostJson($"/api/v1/partners/{id}/contacts", new { firstName = "A", lastName = "B", email = "loc@partner.example", role = "Admin" })).Location,
            (await _manager.PostJson($"/api/v1/partners/{id}/qbrs", new { quarter = "2026-Q1", scheduledAt = "2026-02-01T10:00:00Z" })).Location,
            (await _manager.PostJson($"/api/v1/partners/{id}/escalations", new { severity = "Low", subject = "S", description = "D" })).Location,
            (await _manager.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 5 })).Location,
        };

        foreach (var location in locations)
            (await _manager.GetJson(location!)).Status.ShouldBe(HttpStatusCode.OK, location);
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_the_body_and_a_wrongly_typed_field_is_400_naming_it()
    {
        var malformed = await _manager.PostJson("/api/v1/partners", "this is not json");
        malformed.Status.ShouldBe(HttpStatusCode.BadRequest);
        malformed.ContentType.ShouldBe("application/problem+json");
        malformed.ErrorFields.ShouldBe(["body"]);

        var wrongType = await _manager.PostJson("/api/v1/partners", "{ \"name\": \"X\", \"salesTeamSize\": \"many\" }");
        wrongType.Status.ShouldBe(HttpStatusCode.BadRequest);
        wrongType.ErrorFields.ShouldBe(["salesTeamSize"]);
        wrongType.Text.ShouldNotContain("System.");
    }
}
