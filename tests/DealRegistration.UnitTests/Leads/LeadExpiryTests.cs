using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

public sealed class LeadExpiryTests
{
    private static readonly DateTimeOffset AssignedAt = LeadBuilder.AssignedAt;
    private static readonly Guid PartnerA = LeadBuilder.PartnerA;
    private static readonly Guid PartnerB = LeadBuilder.PartnerB;

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
}
