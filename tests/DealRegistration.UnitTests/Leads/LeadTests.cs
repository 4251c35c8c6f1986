using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

public sealed class LeadTests
{
    private static readonly DateTimeOffset Now = LeadBuilder.Now;
    private static readonly DateTimeOffset AssignedAt = LeadBuilder.AssignedAt;
    private static readonly Guid PartnerA = LeadBuilder.PartnerA;
    private static readonly Guid PartnerB = LeadBuilder.PartnerB;

    [Fact]
    public void An_imported_lead_is_new_in_the_pool_with_its_contact_details_normalised()
    {
        var lead = Lead.Import(LeadBuilder.CampaignId, "  Globex Corporation ", "https://www.Globex.com/contact", " Hank Scorpio ", " Hank@Globex.COM ", " us ", Now);

        lead.Id.ShouldNotBe(Guid.Empty);
        lead.CampaignId.ShouldBe(LeadBuilder.CampaignId);
        lead.CompanyName.ShouldBe("Globex Corporation");
        lead.Domain.ShouldBe("globex.com");
        lead.ContactName.ShouldBe("Hank Scorpio");
        lead.Email.ShouldBe("hank@globex.com");
        lead.Country.ShouldBe("US");
        lead.Status.ShouldBe(LeadStatus.New);
        lead.InPool.ShouldBeTrue();
        lead.PartnerId.ShouldBeNull();
        lead.ExcludedPartnerIds.ShouldBeEmpty();
        lead.CreatedAt.ShouldBe(Now);
        lead.Version.ShouldBe(1);
        lead.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_lead_with_an_unusable_domain_is_refused()
    {
        DomainAssert.InvalidValue(() => Lead.Import(LeadBuilder.CampaignId, "Globex", "globex", "Hank", "hank@globex.com", "US", Now), "customer.domain");
    }

    [Fact]
    public void Assigning_a_new_lead_offers_it_to_the_partner()
    {
        var lead = LeadBuilder.New();

        lead.Assign(PartnerA, AssignedAt);

        lead.Status.ShouldBe(LeadStatus.Assigned);
        lead.InPool.ShouldBeFalse();
        lead.PartnerId.ShouldBe(PartnerA);
        lead.AssignedAt.ShouldBe(AssignedAt);
        var assigned = DomainAssert.RaisedOnce<LeadAssignedEvent>(lead);
        assigned.Lead.ShouldBeSameAs(lead);
        assigned.OccurredAt.ShouldBe(AssignedAt);
        lead.Version.ShouldBe(2);
    }

    [Theory]
    [InlineData(LeadStatus.Assigned)]
    [InlineData(LeadStatus.Accepted)]
    [InlineData(LeadStatus.Converted)]
    public void Only_a_lead_in_the_pool_can_be_assigned(LeadStatus status)
    {
        var lead = LeadBuilder.InStatus(status);
        var version = lead.Version;
        var partner = lead.PartnerId;

        DomainAssert.InvalidTransition(() => lead.Assign(PartnerB, AssignedAt.AddDays(1)));

        lead.Status.ShouldBe(status);
        lead.PartnerId.ShouldBe(partner);
        lead.Version.ShouldBe(version);
    }

    [Fact]
    public void Converting_an_accepted_lead_links_it_to_its_deal()
    {
        var lead = LeadBuilder.Accepted();
        var version = lead.Version;

        lead.MarkConverted(LeadBuilder.DealId, AssignedAt.AddDays(2));

        lead.Status.ShouldBe(LeadStatus.Converted);
        lead.InPool.ShouldBeFalse();
        lead.ConvertedDealId.ShouldBe(LeadBuilder.DealId);
        lead.PartnerId.ShouldBe(PartnerA);
        var converted = DomainAssert.RaisedOnce<LeadConverted>(lead);
        converted.DealId.ShouldBe(LeadBuilder.DealId);
        converted.OccurredAt.ShouldBe(AssignedAt.AddDays(2));
        lead.Version.ShouldBe(version + 1);
    }

    [Theory]
    [InlineData(LeadStatus.New)]
    [InlineData(LeadStatus.Assigned)]
    [InlineData(LeadStatus.Converted)]
    [InlineData(LeadStatus.Declined)]
    [InlineData(LeadStatus.Expired)]
    public void Only_an_accepted_lead_can_be_converted_to_a_deal(LeadStatus status)
    {
        var lead = LeadBuilder.InStatus(status);
        var version = lead.Version;

        DomainAssert.InvalidTransition(() => lead.MarkConverted(Guid.CreateVersion7(), AssignedAt.AddDays(2)));

        lead.Status.ShouldBe(status);
        lead.Version.ShouldBe(version);
    }
}
