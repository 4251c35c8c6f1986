using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>What the matcher adds: matchedOn, the contact e-mail domain, acronyms and generic words, and who sees what.</summary>
public sealed class ConflictSignalsApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    [Fact]
    public async Task A_manager_sees_which_signals_matched_and_a_partner_sees_the_signals_but_no_similarity_or_other_deal()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var (word, product) = (Rare(), DealApi.UniqueProduct());
        var earlier = await Register(_manager, first, $"{word} International Business Machines", product);

        var later = await Register(service.Client(Roles.Partner, second), null, $"{Initials(word)}IBM Deutschland GmbH", product, expectConflict: false);
        var byManager = await _manager.GetJson($"/api/v1/deals/{later.Id}");

        var partnerView = Single(later.Body);
        partnerView["matchedOn"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldContain("acronym");
        partnerView["similarity"].ShouldBeNull();
        partnerView["conflictingDealId"].ShouldBeNull();
        later.Text.ShouldNotContain(earlier.Id.ToString());
        later.Text.ShouldNotContain(first.ToString());
        var managerView = Single(byManager.Body);
        managerView["similarity"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0.75);
        managerView["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.Id.ToString());
        managerView["matchedOn"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["name", "acronym", "country"]);
    }

    [Fact]
    public async Task The_contact_e_mail_domain_matches_the_other_customers_web_domain_but_free_mail_never_does()
    {
        var (first, second, third) = (await _partners.ActiveAsync(), await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var (domain, product) = ($"kestrel-{Guid.NewGuid():N}.example", DealApi.UniqueProduct());
        await _manager.PostJson("/api/v1/deals", Deal(first, "Kestrel Ridge Holdings", product, domain: domain, email: "ann@gmail.com"));

        var viaEmail = await _manager.PostJson("/api/v1/deals", Deal(second, "KRH Capital Advisors", product, email: $"j.doe@mail.{domain}"));
        var viaFreeMail = await _manager.PostJson("/api/v1/deals", Deal(third, "Birchwood Landscaping", product, email: "ann@gmail.com"));

        var conflict = Single(viaEmail.Body);
        conflict["reason"]!.GetValue<string>().ShouldBe("SameDomain");
        conflict["matchedOn"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["contactEmailDomain"]);
        viaEmail.Body["customer"]!["contactEmail"]!.GetValue<string>().ShouldBe($"j.doe@mail.{domain}");
        viaFreeMail.Body["conflicts"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Different_companies_sharing_a_generic_word_do_not_conflict_but_word_order_does_not_hide_a_conflict()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var (word, other, product) = (Rare(), Rare(), DealApi.UniqueProduct());
        await Register(_manager, first, $"{word} Industries", product);
        await Register(_manager, first, $"Logistik {other}", product);

        var generic = await Register(_manager, second, $"{Rare()} Industries", product, expectConflict: false);
        var reordered = await Register(_manager, second, $"{other} Logistik GmbH", product, expectConflict: false);

        generic.Body["conflicts"]!.AsArray().ShouldBeEmpty();
        Single(reordered.Body)["matchedOn"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldContain("wordOrder");
    }

    [Fact]
    public async Task A_bad_contact_email_is_a_400()
    {
        var answer = await _manager.PostJson("/api/v1/deals", Deal(await _partners.ActiveAsync(), "Acme", DealApi.UniqueProduct(), email: "not-an-email"));

        answer.ErrorFields.ShouldBe(["customer.contactEmail"]);
    }

    /// <summary>A word no other test uses, letters only.</summary>
    private static string Rare() => "Qx" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray()).PadRight(6, 'v');

    private static string Initials(string word) => word[..1];

    private static object Deal(Guid? partner, string company, string product, string? domain = null, string? email = null) => new
    {
        partnerId = partner,
        customer = new { companyName = company, domain, country = "US", contactEmail = email },
        products = new[] { product },
        estimatedValue = 10_000m,
        currency = "USD",
        expectedCloseDate = "2027-03-31",
    };

    private static async Task<Answer> Register(HttpClient client, Guid? partner, string company, string product, bool expectConflict = false)
    {
        var answer = await client.PostJson("/api/v1/deals", Deal(partner, company, product));
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        if (expectConflict)
            answer.Body["conflicts"]!.AsArray().ShouldNotBeEmpty();
        return answer;
    }

    private static JsonNode Single(JsonNode deal)
    {
        var conflicts = deal["conflicts"]!.AsArray();
        conflicts.Count.ShouldBe(1, deal.ToJsonString());
        return conflicts[0]!;
    }
}
