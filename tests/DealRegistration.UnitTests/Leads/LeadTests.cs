using ChannelPlatform.SharedKernel;
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
    public void Accepting_an_assigned_lead_records_when()
    {
        var lead = LeadBuilder.Assigned();

        lead.Accept(AssignedAt.AddHours(5));

        lead.Status.ShouldBe(LeadStatus.Accepted);
        lead.AcceptedAt.ShouldBe(AssignedAt.AddHours(5));
        lead.PartnerId.ShouldBe(PartnerA);
        lead.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData(LeadStatus.New)]
    [InlineData(LeadStatus.Accepted)]
    [InlineData(LeadStatus.Converted)]
    [InlineData(LeadStatus.Declined)]
    [InlineData(LeadStatus.Expired)]
    public void Only_an_assigned_lead_can_be_accepted(LeadStatus status)
    {
        var lead = LeadBuilder.InStatus(status);
        var version = lead.Version;

        DomainAssert.InvalidTransition(() => lead.Accept(AssignedAt.AddDays(1)));

        lead.Status.ShouldBe(status);
        lead.Version.ShouldBe(version);
    }

    [Fact]
    public void A_lead_can_still_be_accepted_at_exactly_72_hours()
    {
        var lead = LeadBuilder.Assigned();
        var deadline = AssignedAt + Lead.AcceptWithin;

        lead.Accept(deadline);

        lead.Status.ShouldBe(LeadStatus.Accepted);
        lead.AcceptedAt.ShouldBe(deadline);
    }

    public static TheoryData<TimeSpan> TooLate => new()
    {
        TimeSpan.FromTicks(1),
        TimeSpan.FromHours(1),
        TimeSpan.FromDays(30),
    };

    [Theory]
    [MemberData(nameof(TooLate))]
    public void Accepting_a_lead_after_its_72_hours_breaks_a_rule_and_changes_nothing(TimeSpan lateBy)
    {
        Lead.AcceptWithin.ShouldBe(TimeSpan.FromHours(72));
        var lead = LeadBuilder.Assigned();
        var late = AssignedAt + Lead.AcceptWithin + lateBy;

        var broken = DomainAssert.BrokenRule(() => lead.Accept(late), RuleKind.Unprocessable);

        broken.Message.ShouldContain("had to be accepted by");
        lead.Status.ShouldBe(LeadStatus.Assigned);
        lead.PartnerId.ShouldBe(PartnerA);
        lead.AssignedAt.ShouldBe(AssignedAt);
        lead.AcceptedAt.ShouldBeNull();
        lead.Version.ShouldBe(2);
    }

    [Fact]
    public void A_lead_reassigned_after_expiry_can_be_accepted_within_its_fresh_72_hours()
    {
        var lead = LeadBuilder.Expired();
        var reassignedAt = AssignedAt.AddDays(4);
        lead.Assign(PartnerB, reassignedAt);

        lead.Accept(reassignedAt.AddHours(71));

        lead.Status.ShouldBe(LeadStatus.Accepted);
        lead.PartnerId.ShouldBe(PartnerB);
    }

    [Fact]
    public void Declining_an_assigned_lead_puts_it_back_in_the_pool_and_excludes_the_partner()
    {
        var lead = LeadBuilder.Assigned();

        lead.Decline("  Outside our territory  ", AssignedAt.AddHours(3));

        lead.Status.ShouldBe(LeadStatus.Declined);
        lead.InPool.ShouldBeTrue();
        lead.DeclineReason.ShouldBe("Outside our territory");
        lead.PartnerId.ShouldBeNull();
        lead.AssignedAt.ShouldBeNull();
        lead.ExcludedPartnerIds.ShouldBe([PartnerA]);
        lead.Version.ShouldBe(3);
    }

    [Fact]
    public void An_accepted_lead_can_still_be_declined_back_to_the_pool()
    {
        var lead = LeadBuilder.Accepted();

        lead.Decline("Customer went quiet", AssignedAt.AddDays(1));

        lead.Status.ShouldBe(LeadStatus.Declined);
        lead.InPool.ShouldBeTrue();
        lead.PartnerId.ShouldBeNull();
        lead.ExcludedPartnerIds.ShouldBe([PartnerA]);
    }

    [Fact]
    public void A_lead_declined_after_acceptance_no_longer_shows_an_acceptance()
    {
        var lead = LeadBuilder.Accepted();

        lead.Decline("Customer went quiet", AssignedAt.AddDays(1));

        lead.AcceptedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(LeadStatus.New)]
    [InlineData(LeadStatus.Converted)]
    [InlineData(LeadStatus.Declined)]
    [InlineData(LeadStatus.Expired)]
    public void Only_an_assigned_or_accepted_lead_can_be_declined(LeadStatus status)
    {
        var lead = LeadBuilder.InStatus(status);
        var version = lead.Version;
        var excluded = lead.ExcludedPartnerIds.ToList();

        DomainAssert.InvalidTransition(() => lead.Decline("No", AssignedAt.AddDays(1)));

        lead.Status.ShouldBe(status);
        lead.ExcludedPartnerIds.ShouldBe(excluded);
        lead.Version.ShouldBe(version);
    }

    [Fact]
    public void An_assigned_lead_is_not_expired_one_tick_before_72_hours()
    {
        var lead = LeadBuilder.Assigned();

        lead.ExpireIfUnaccepted(AssignedAt + Lead.AcceptWithin - TimeSpan.FromTicks(1)).ShouldBeFalse();

        lead.Status.ShouldBe(LeadStatus.Assigned);
        lead.PartnerId.ShouldBe(PartnerA);
        lead.Version.ShouldBe(2);
    }

    [Fact]
    public void An_assigned_lead_not_accepted_within_72_hours_expires_back_to_the_pool_and_excludes_the_partner()
    {
        Lead.AcceptWithin.ShouldBe(TimeSpan.FromHours(72));
        var lead = LeadBuilder.Assigned();

        lead.ExpireIfUnaccepted(AssignedAt.AddHours(72)).ShouldBeTrue();

        lead.Status.ShouldBe(LeadStatus.Expired);
        lead.InPool.ShouldBeTrue();
        lead.PartnerId.ShouldBeNull();
        lead.AssignedAt.ShouldBeNull();
        lead.ExcludedPartnerIds.ShouldBe([PartnerA]);
        lead.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData(LeadStatus.New)]
    [InlineData(LeadStatus.Accepted)]
    [InlineData(LeadStatus.Converted)]
    [InlineData(LeadStatus.Declined)]
    [InlineData(LeadStatus.Expired)]
    public void Only_an_assigned_lead_expires(LeadStatus status)
    {
        var lead = LeadBuilder.InStatus(status);
        var version = lead.Version;

        lead.ExpireIfUnaccepted(AssignedAt.AddDays(30)).ShouldBeFalse();

        lead.Status.ShouldBe(status);
        lead.Version.ShouldBe(version);
    }

    [Fact]
    public void A_lead_reassigned_after_expiry_gets_a_fresh_72_hours()
    {
        var lead = LeadBuilder.Expired();
        var reassignedAt = AssignedAt.AddDays(4);
        lead.Assign(PartnerB, reassignedAt);

        lead.ExpireIfUnaccepted(reassignedAt.AddHours(71)).ShouldBeFalse();
        lead.ExpireIfUnaccepted(reassignedAt.AddHours(72)).ShouldBeTrue();

        lead.ExcludedPartnerIds.ShouldBe([PartnerA, PartnerB]);
    }

    [Fact]
    public void A_partner_that_declined_a_lead_is_never_offered_it_again()
    {
        var lead = LeadBuilder.Declined();

        var broken = DomainAssert.BrokenRule(() => lead.Assign(PartnerA, AssignedAt.AddDays(1)), RuleKind.Unprocessable);

        broken.Message.ShouldContain("not offered to them again");
        lead.Status.ShouldBe(LeadStatus.Declined);
        lead.PartnerId.ShouldBeNull();
        DomainAssert.RaisedOnce<LeadAssignedEvent>(lead);
    }

    [Fact]
    public void A_partner_that_let_a_lead_expire_is_never_offered_it_again()
    {
        var lead = LeadBuilder.Expired();

        DomainAssert.BrokenRule(() => lead.Assign(PartnerA, AssignedAt.AddDays(4)), RuleKind.Unprocessable);

        lead.Status.ShouldBe(LeadStatus.Expired);
    }

    [Fact]
    public void An_excluded_partner_stays_excluded_after_the_lead_went_through_other_partners()
    {
        var lead = LeadBuilder.Declined();
        lead.Assign(PartnerB, AssignedAt.AddDays(1));
        lead.Decline("Too small", AssignedAt.AddDays(2));

        DomainAssert.BrokenRule(() => lead.Assign(PartnerA, AssignedAt.AddDays(3)), RuleKind.Unprocessable);
        DomainAssert.BrokenRule(() => lead.Assign(PartnerB, AssignedAt.AddDays(3)), RuleKind.Unprocessable);

        lead.ExcludedPartnerIds.ShouldBe([PartnerA, PartnerB]);
    }

    [Fact]
    public void A_declined_lead_can_be_offered_to_another_partner_and_forgets_the_old_decline_reason()
    {
        var lead = LeadBuilder.Declined();

        lead.Assign(PartnerB, AssignedAt.AddDays(1));

        lead.Status.ShouldBe(LeadStatus.Assigned);
        lead.PartnerId.ShouldBe(PartnerB);
        lead.AssignedAt.ShouldBe(AssignedAt.AddDays(1));
        lead.DeclineReason.ShouldBeNull();
        lead.AcceptedAt.ShouldBeNull();
        lead.DomainEvents.OfType<LeadAssignedEvent>().Count().ShouldBe(2);
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
