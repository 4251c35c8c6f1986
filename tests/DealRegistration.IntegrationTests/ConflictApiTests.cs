using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Conflicts with open registrations of other partners: same domain, or a similar name, with a product in common. Each test uses its own products.</summary>
public sealed class ConflictApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task The_same_customer_domain_with_a_product_in_common_is_a_SameDomain_conflict()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var domain = $"contoso-{Guid.NewGuid():N}.example";
        var earlier = await Deals.RegisterAsync(first, "Contoso Ltd", domain, [product, "Analytics"]);

        var later = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, "Completely Other Name", $"https://www.{domain.ToUpperInvariant()}/", [product.ToUpperInvariant()]));

        later.Status.ShouldBe(HttpStatusCode.Created, later.ToString());
        var conflict = Single(later.Body);
        conflict["reason"]!.GetValue<string>().ShouldBe("SameDomain");
        conflict["similarity"]!.GetValue<double>().ShouldBe(1.0);
        conflict["conflictingStatus"]!.GetValue<string>().ShouldBe("Submitted");
        conflict["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.ToString());
        conflict["conflictingPartnerId"]!.GetValue<string>().ShouldBe(first.ToString());
    }

    [Fact]
    public async Task A_similar_company_name_ignoring_case_punctuation_and_legal_suffixes_is_a_SimilarName_conflict()
    {
        var (first, second, third) = (await _partners.ActiveAsync(), await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var earlier = await Deals.RegisterAsync(first, "Acme Corp", products: [product]);

        var later = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, "ACME Corporation, Inc.", products: ["Other", product]));
        var unrelated = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(third, "Initech Holdings", products: [product]));

        var conflict = Single(later.Body);
        conflict["reason"]!.GetValue<string>().ShouldBe("SimilarName");
        conflict["similarity"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0.6);
        conflict["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.ToString());
        unrelated.Body["conflicts"]!.AsArray().ShouldBeEmpty("a dissimilar name is no conflict");
    }

    [Fact]
    public async Task Without_a_product_in_common_there_is_no_conflict()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var domain = $"fabrikam-{Guid.NewGuid():N}.example";
        await Deals.RegisterAsync(first, "Fabrikam Inc", domain, [DealApi.UniqueProduct()]);

        var later = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, "Fabrikam Inc", domain, [DealApi.UniqueProduct()]));

        later.Body["conflicts"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_partners_own_earlier_registration_is_no_conflict()
    {
        var partner = await _partners.ActiveAsync();
        var product = DealApi.UniqueProduct();
        var domain = $"tailspin-{Guid.NewGuid():N}.example";
        await Deals.RegisterAsync(partner, "Tailspin Toys", domain, [product]);

        var again = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, "Tailspin Toys", domain, [product]));

        again.Body["conflicts"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Rejected_won_and_expired_registrations_do_not_count_but_an_approved_one_does()
    {
        var first = await _partners.ActiveAsync(protectionDays: 1);
        var second = await _partners.ActiveAsync();
        var (rejectedP, wonP, expiredP, approvedP) = (DealApi.UniqueProduct(), DealApi.UniqueProduct(), DealApi.UniqueProduct(), DealApi.UniqueProduct());
        var rejected = await Deals.RegisterAsync(first, "Rejected Customer", products: [rejectedP]);
        (await Deals.PostAsync(rejected, "reject", new { reason = "Not qualified" })).Status.ShouldBe(HttpStatusCode.OK);
        var won = await Deals.ApprovedAsync(first, "Won Customer", [wonP]);
        (await Deals.PostAsync(won, "win", new { actualValue = 10_000m, closedOn = "2026-11-20" })).Status.ShouldBe(HttpStatusCode.OK);
        var expired = await Deals.ApprovedAsync(first, "Expired Customer", [expiredP]);
        service.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await service.SweepAsync();
        (await Deals.GetAsync(expired)).Str("status").ShouldBe("Expired");
        var approved = await Deals.ApprovedAsync(first, "Approved Customer", [approvedP]);

        foreach (var (name, product) in new[] { ("Rejected Customer", rejectedP), ("Won Customer", wonP), ("Expired Customer", expiredP) })
            (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, name, products: [product]))).Body["conflicts"]!.AsArray().ShouldBeEmpty(name);
        var overApproved = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, "Approved Customer", products: [approvedP]));
        Single(overApproved.Body)["conflictingStatus"]!.GetValue<string>().ShouldBe("Approved");
        Single(overApproved.Body)["conflictingDealId"]!.GetValue<string>().ShouldBe(approved.ToString());
    }

    [Fact]
    public async Task A_partner_user_sees_the_reason_and_status_of_a_conflict_but_no_similarity_and_never_the_other_deal_or_partner()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var earlier = await Deals.RegisterAsync(first, "Wide World Importers", products: [product]);
        var partnerUser = service.Client(Roles.Partner, second);

        var later = await partnerUser.PostJson("/api/v1/deals", DealApi.NewDeal(null, "Wide World Importers LLC", products: [product]));
        var readByPartner = await partnerUser.GetJson($"/api/v1/deals/{later.Id}");
        var readByManager = await _manager.GetJson($"/api/v1/deals/{later.Id}");

        foreach (var answer in new[] { later, readByPartner })
        {
            var conflict = Single(answer.Body);
            conflict["reason"]!.GetValue<string>().ShouldBe("SimilarName");
            conflict["conflictingStatus"]!.GetValue<string>().ShouldBe("Submitted");
            conflict["similarity"].ShouldBeNull("a partner sees reason and status only");
            conflict["conflictingDealId"].ShouldBeNull();
            conflict["conflictingPartnerId"].ShouldBeNull();
            answer.Text.ShouldNotContain(earlier.ToString());
            answer.Text.ShouldNotContain(first.ToString());
        }

        Single(readByManager.Body)["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.ToString());
        Single(readByManager.Body)["conflictingPartnerId"]!.GetValue<string>().ShouldBe(first.ToString());
        Single(readByManager.Body)["similarity"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0.6);
    }

    [Fact]
    public async Task First_to_register_wins_approving_the_later_deal_needs_an_override_with_a_reason_that_history_keeps()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var earlier = await Deals.RegisterAsync(first, "Blue Yonder Airlines", products: [product]);
        var later = await Deals.RegisterAsync(second, "Blue Yonder Airlines GmbH", products: [product]);

        (await Deals.ApproveAsync(later)).Status.ShouldBe(HttpStatusCode.Conflict);
        var noReason = await Deals.ApproveAsync(later, new { overrideConflicts = true });
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReason.ErrorFields.ShouldContain("overrideReason");
        var overridden = await Deals.ApproveAsync(later, new { overrideConflicts = true, overrideReason = "Customer asked for this partner" });

        overridden.Status.ShouldBe(HttpStatusCode.OK, overridden.ToString());
        overridden.Str("status").ShouldBe("Approved");
        overridden.Body["conflictsOverridden"]!.GetValue<bool>().ShouldBeTrue();
        var approval = (await Deals.GetAsync(later)).Body["history"]!.AsArray().Last()!;
        approval["status"]!.GetValue<string>().ShouldBe("Approved");
        approval["note"]!.GetValue<string>().ShouldContain("Customer asked for this partner");
        (await Deals.ApproveAsync(earlier)).Status.ShouldBe(HttpStatusCode.OK, "the earlier registration carries no conflict");
    }

    [Fact]
    public async Task Once_the_earlier_deal_is_rejected_the_later_one_is_approved_without_an_override()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var domain = $"litware-{Guid.NewGuid():N}.example";
        var earlier = await Deals.RegisterAsync(first, "Litware", domain, [product]);
        var later = await Deals.RegisterAsync(second, "Litware Inc", domain, [product]);

        (await Deals.PostAsync(earlier, "reject", new { reason = "Duplicate" })).Status.ShouldBe(HttpStatusCode.OK);
        var approved = await Deals.ApproveAsync(later);

        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.Body["conflictsOverridden"]!.GetValue<bool>().ShouldBeFalse();
    }

    private static JsonNode Single(JsonNode deal)
    {
        var conflicts = deal["conflicts"]!.AsArray();
        conflicts.Count.ShouldBe(1, deal.ToJsonString());
        return conflicts[0]!;
    }
}
