using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class DealRegistrationTests
{
    private static readonly DateTimeOffset Now = DealBuilder.Now;

    [Fact]
    public void A_registered_deal_is_submitted_with_its_decision_due_48_hours_later()
    {
        var deal = Deal.Register(DealBuilder.Data(), [], DealBuilder.PartnerUser, Now);

        deal.Id.ShouldNotBe(Guid.Empty);
        deal.Id.Version.ShouldBe(7);
        deal.Status.ShouldBe(DealStatus.Submitted);
        deal.IsOpen.ShouldBeTrue();
        deal.PartnerId.ShouldBe(DealBuilder.PartnerId);
        deal.SubmittedByContactId.ShouldBe(DealBuilder.ContactId);
        deal.Customer.ShouldBe(DealBuilder.Globex);
        deal.ExpectedCloseDate.ShouldBe(DealBuilder.ExpectedClose);
        deal.SubmittedAt.ShouldBe(Now);
        deal.DecisionDueAt.ShouldBe(Now.AddHours(48));
        Deal.DecisionSla.ShouldBe(TimeSpan.FromHours(48));
        deal.DecidedAt.ShouldBeNull();
        deal.DecisionHours.ShouldBeNull();
        deal.ProtectionExpiresAt.ShouldBeNull();
        deal.ProtectionExtended.ShouldBeFalse();
        deal.SlaAtRiskAt.ShouldBeNull();
        deal.SlaBreachedAt.ShouldBeNull();
        deal.Conflicts.ShouldBeEmpty();
        deal.CoSellRequests.ShouldBeEmpty();
    }

    [Fact]
    public void Registering_raises_DealRegistered_and_starts_the_version_at_1()
    {
        var deal = DealBuilder.Submitted();

        var registered = DomainAssert.RaisedOnce<DealRegistered>(deal);
        registered.Deal.ShouldBeSameAs(deal);
        registered.OccurredAt.ShouldBe(Now);
        deal.DomainEvents.Count.ShouldBe(1);
        deal.Version.ShouldBe(1);
    }

    [Fact]
    public void The_submission_is_the_first_entry_of_the_history()
    {
        var deal = DealBuilder.Submitted();

        deal.History.ShouldHaveSingleItem().ShouldBe(new DealHistoryEntry(DealStatus.Submitted, Now, DealBuilder.PartnerUser, null));
    }

    [Fact]
    public void The_conflicts_found_at_submission_are_kept_with_the_deal()
    {
        var byDomain = DealBuilder.ConflictWith(Guid.CreateVersion7(), ConflictReason.SameDomain);
        var byName = DealBuilder.ConflictWith(Guid.CreateVersion7());

        var deal = Deal.Register(DealBuilder.Data(), [byDomain, byName], DealBuilder.PartnerUser, Now);

        deal.Conflicts.ShouldBe([byDomain, byName]);
    }

    [Fact]
    public void Products_are_trimmed_blanks_dropped_and_duplicates_ignoring_case_removed_keeping_the_first_spelling()
    {
        var deal = Deal.Register(DealBuilder.Data(products: [" Firewall ", "", "   ", "firewall", "SD-WAN", "FIREWALL", "sd-wan "]), [], DealBuilder.PartnerUser, Now);

        deal.Products.ShouldBe(["Firewall", "SD-WAN"]);
    }

    public static TheoryData<string[]> NoProducts => new() { Array.Empty<string>(), new[] { "", "  " } };

    [Theory]
    [MemberData(nameof(NoProducts))]
    public void A_registration_without_any_product_is_refused(string[] products)
    {
        DomainAssert.InvalidValue(() => Deal.Register(DealBuilder.Data(products: products), [], DealBuilder.PartnerUser, Now), "products");
    }

    public static TheoryData<decimal> NonPositiveValues => new() { 0m, -1m, -0.001m };

    public static TheoryData<decimal, decimal> Roundings => new()
    {
        { 10.005m, 10.01m },
        { 10.015m, 10.02m },
        { 10.004m, 10.00m },
        { 99_999.995m, 100_000.00m },
    };

    [Theory]
    [MemberData(nameof(NonPositiveValues))]
    public void A_registration_without_a_positive_estimated_value_is_refused(decimal value)
    {
        DomainAssert.InvalidValue(() => Deal.Register(DealBuilder.Data(estimatedValue: value), [], DealBuilder.PartnerUser, Now), "estimatedValue");
    }

    [Theory]
    [MemberData(nameof(Roundings))]
    public void The_estimated_value_is_rounded_to_cents_half_away_from_zero(decimal value, decimal rounded)
    {
        var deal = Deal.Register(DealBuilder.Data(estimatedValue: value), [], DealBuilder.PartnerUser, Now);

        deal.EstimatedValue.ShouldBe(rounded);
    }

    [Fact]
    public void An_estimated_value_that_rounds_to_zero_cents_is_refused()
    {
        DomainAssert.InvalidValue(() => Deal.Register(DealBuilder.Data(estimatedValue: 0.004m), [], DealBuilder.PartnerUser, Now), "estimatedValue");
    }

    [Theory]
    [InlineData("JPY", 4_000_000.5, 4_000_001)]
    [InlineData("KWD", 12_345.6785, 12_345.679)]
    [InlineData("EUR", 40_000.005, 40_000.01)]
    public void The_estimated_value_is_rounded_to_its_currencys_minor_units(string currency, decimal value, decimal rounded)
    {
        var deal = Deal.Register(DealBuilder.Data(estimatedValue: value, currency: currency), [], DealBuilder.PartnerUser, Now);

        deal.EstimatedValue.ShouldBe(rounded);
        deal.Value.Currency.Code.ShouldBe(currency);
    }

    [Fact]
    public void A_won_value_is_rounded_to_the_deals_currency()
    {
        var deal = Deal.Register(DealBuilder.Data(currency: "JPY", estimatedValue: 6_000_000m), [], DealBuilder.PartnerUser, Now);
        deal.Approve(90, false, null, null, [], "manager", Now);

        deal.Win(5_999_999.5m, new DateOnly(2026, 5, 1), "manager", Now);

        deal.ActualValue.ShouldBe(6_000_000m);
    }

    [Fact]
    public void An_unsupported_currency_is_refused_naming_the_field()
    {
        DomainAssert.InvalidValue(() => Deal.Register(DealBuilder.Data(currency: "XYZ"), [], DealBuilder.PartnerUser, Now), "currency");
    }

    [Fact]
    public void The_currency_is_upper_cased()
    {
        Deal.Register(DealBuilder.Data(currency: "eur"), [], DealBuilder.PartnerUser, Now).Currency.ShouldBe("EUR");
    }

    [Theory]
    [InlineData("  Renewal of 40 firewalls  ", "Renewal of 40 firewalls")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void The_description_is_trimmed_and_a_blank_one_is_no_description(string? description, string? stored)
    {
        Deal.Register(DealBuilder.Data(description: description), [], DealBuilder.PartnerUser, Now).Description.ShouldBe(stored);
    }

    [Fact]
    public void The_campaign_and_lead_a_deal_came_from_are_kept_for_attribution()
    {
        var campaignId = Guid.CreateVersion7();
        var leadId = Guid.CreateVersion7();

        var deal = Deal.Register(DealBuilder.Data() with { CampaignId = campaignId, LeadId = leadId }, [], DealBuilder.PartnerUser, Now);

        deal.CampaignId.ShouldBe(campaignId);
        deal.LeadId.ShouldBe(leadId);
    }

    [Fact]
    public void The_customer_carries_its_trimmed_name_the_normalised_name_and_domain_the_conflict_check_compares_and_an_upper_case_country()
    {
        var customer = Customer.Of("  The Globex Corporation, Inc. ", "https://www.Globex.com/about", " us ");

        customer.CompanyName.ShouldBe("The Globex Corporation, Inc.");
        customer.NormalizedName.ShouldBe("globex");
        customer.Domain.ShouldBe("globex.com");
        customer.Country.ShouldBe("US");
    }

    [Fact]
    public void A_customer_without_a_domain_is_matched_by_name_only()
    {
        Customer.Of("Globex", null, "US").Domain.ShouldBeNull();
    }
}
