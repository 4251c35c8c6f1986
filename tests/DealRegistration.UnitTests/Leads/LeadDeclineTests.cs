using ChannelPlatform.SharedKernel;
using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

public sealed class LeadDeclineTests
{
    private static readonly DateTimeOffset AssignedAt = LeadBuilder.AssignedAt;
    private static readonly Guid PartnerA = LeadBuilder.PartnerA;
    private static readonly Guid PartnerB = LeadBuilder.PartnerB;

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
}
