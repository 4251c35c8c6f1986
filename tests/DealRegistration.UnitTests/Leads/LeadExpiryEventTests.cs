using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

/// <summary>An expiry is news for the partner that let the lead lapse (dealreg.lead-expired), though the lead no longer names it.</summary>
public sealed class LeadExpiryEventTests
{
    [Fact]
    public void An_expiring_lead_raises_lead_expired_naming_the_partner_it_was_assigned_to()
    {
        var lead = LeadBuilder.Assigned();
        var at = LeadBuilder.AssignedAt + Lead.AcceptWithin;

        lead.ExpireIfUnaccepted(at).ShouldBeTrue();

        var expired = DomainAssert.RaisedOnce<LeadExpiredEvent>(lead);
        expired.PartnerId.ShouldBe(LeadBuilder.PartnerA);
        expired.OccurredAt.ShouldBe(at);
        lead.PartnerId.ShouldBeNull();
    }

    [Fact]
    public void A_lead_that_does_not_expire_raises_nothing()
    {
        var lead = LeadBuilder.Assigned();

        lead.ExpireIfUnaccepted(LeadBuilder.AssignedAt.AddHours(1)).ShouldBeFalse();

        DomainAssert.NotRaised<LeadExpiredEvent>(lead);
    }

    [Fact]
    public void A_declined_lead_moves_its_version_on_once_and_raises_no_expiry()
    {
        var lead = LeadBuilder.Assigned();
        var version = lead.Version;

        lead.Decline("Not our region", LeadBuilder.AssignedAt.AddHours(2));

        lead.Version.ShouldBe(version + 1);
        DomainAssert.NotRaised<LeadExpiredEvent>(lead);
    }
}
