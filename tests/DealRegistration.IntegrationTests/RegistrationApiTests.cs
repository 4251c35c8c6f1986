using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

public sealed class RegistrationApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    [Fact]
    public async Task Registering_for_an_active_partner_is_a_201_Submitted_deal_due_for_decision_48_hours_later()
    {
        var partner = await _partners.ActiveAsync();

        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, "Northwind Traders", "https://www.Northwind-Traders.example/shop", ["CloudSuite", "analytics"], 120_000.555m));

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Location.ShouldBe($"/api/v1/deals/{answer.Id}");
        answer.ETag.ShouldNotBeNullOrEmpty();
        answer.Str("status").ShouldBe("Submitted");
        answer.Str("partnerId").ShouldBe(partner.ToString());
        var submittedAt = DealApi.Utc(answer.Body, "submittedAt");
        submittedAt.ShouldBe(service.Now, TimeSpan.FromMilliseconds(1));
        DealApi.Utc(answer.Body, "decisionDueAt").ShouldBe(submittedAt.AddHours(48), TimeSpan.FromMilliseconds(1));
        answer.Body["overdue"]!.GetValue<bool>().ShouldBeFalse();
        answer.Body["conflicts"]!.AsArray().ShouldBeEmpty();
        answer.Body["customer"]!["domain"]!.GetValue<string>().ShouldBe("northwind-traders.example");
        DealApi.Number(answer.Body, "estimatedValue").ShouldBe(120_000.56m, "amounts round to cents, half away from zero");
        answer.Body["history"]!.AsArray().Single()!["status"]!.GetValue<string>().ShouldBe("Submitted");

        var read = await _manager.GetJson(answer.Location!);
        read.Status.ShouldBe(HttpStatusCode.OK);
        read.ETag.ShouldBe(answer.ETag);
        DealApi.Utc(read.Body, "decisionDueAt").ShouldBe(submittedAt.AddHours(48), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task An_unknown_partner_cannot_register_a_deal()
    {
        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(Guid.NewGuid()));

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_suspended_partner_cannot_register_until_reactivated()
    {
        var partner = await _partners.ActiveAsync();
        await _partners.ApplyAsync(PartnerEvents.Suspended(partner, DateTimeOffset.UtcNow.AddSeconds(1)));

        (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner))).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        await _partners.ApplyAsync(PartnerEvents.Reactivated(partner, DateTimeOffset.UtcNow.AddSeconds(2)));
        (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner))).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_terminated_partner_cannot_register_a_deal()
    {
        var partner = await _partners.ActiveAsync();
        await _partners.ApplyAsync(PartnerEvents.Terminated(partner, DateTimeOffset.UtcNow.AddSeconds(1)));

        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner));

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
    }

    [Fact]
    public async Task The_submitter_must_be_an_active_contact_of_the_partner()
    {
        var partner = await _partners.ActiveAsync();
        var other = await _partners.ActiveAsync();
        var contact = await _partners.ContactAsync(partner);
        var leaver = await _partners.ContactAsync(partner);
        var otherContact = await _partners.ContactAsync(other);
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, leaver));

        var registered = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, contactId: contact));
        registered.Status.ShouldBe(HttpStatusCode.Created, registered.ToString());
        registered.Str("submittedByContactId").ShouldBe(contact.ToString());

        (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, contactId: Guid.NewGuid()))).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "unknown contact");
        (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, contactId: leaver))).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "deactivated contact");
        (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, contactId: otherContact))).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "another partner's contact");
    }

    [Fact]
    public async Task A_deal_is_registered_in_any_supported_currency_rounded_to_its_minor_units()
    {
        var partner = await _partners.ActiveAsync();

        var euros = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, currency: "eur", estimatedValue: 40_000m));
        var yen = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, currency: "JPY", estimatedValue: 6_000_000.5m));
        var dinars = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, currency: "KWD", estimatedValue: 12_345.678m));

        euros.Status.ShouldBe(HttpStatusCode.Created, euros.ToString());
        (euros.Str("currency"), euros.Dec("estimatedValue")).ShouldBe(("EUR", 40_000m));
        (yen.Str("currency"), yen.Dec("estimatedValue")).ShouldBe(("JPY", 6_000_001m));
        (dinars.Str("currency"), dinars.Dec("estimatedValue")).ShouldBe(("KWD", 12_345.678m));
    }

    [Fact]
    public async Task A_deal_in_an_unsupported_currency_is_a_400_naming_the_field()
    {
        var partner = await _partners.ActiveAsync();

        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, currency: "XYZ"));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain("currency");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_every_field()
    {
        var partner = await _partners.ActiveAsync();

        var answer = await _manager.PostJson("/api/v1/deals", new
        {
            partnerId = partner,
            customer = new { companyName = "", country = "US" },
            products = Array.Empty<string>(),
            estimatedValue = 0,
            currency = "",
        });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
        answer.ErrorFields.ShouldBe(["customer.companyName", "products", "estimatedValue", "currency", "expectedCloseDate"], ignoreOrder: true);
        answer.Str("traceId").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_body_without_products_or_customer_is_a_400_naming_them()
    {
        var partner = await _partners.ActiveAsync();

        var answer = await _manager.PostJson("/api/v1/deals", new { partnerId = partner, estimatedValue = 10m, currency = "USD", expectedCloseDate = "2027-01-31" });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["customer", "products"], ignoreOrder: true);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var answer = await _manager.PostJson("/api/v1/deals", "{ \"partnerId\": ");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.Text.ShouldNotContain("System.");
    }

    [Fact]
    public async Task A_partner_user_registering_for_another_partner_is_forbidden()
    {
        var mine = await _partners.ActiveAsync();
        var theirs = await _partners.ActiveAsync();

        var answer = await service.Client(Roles.Partner, mine).PostJson("/api/v1/deals", DealApi.NewDeal(theirs));

        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.ToString());
    }

    [Fact]
    public async Task A_partner_user_without_a_partnerId_registers_for_its_own_partner()
    {
        var mine = await _partners.ActiveAsync();

        var answer = await service.Client(Roles.Partner, mine).PostJson("/api/v1/deals", DealApi.NewDeal(null));

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Str("partnerId").ShouldBe(mine.ToString());
    }
}
