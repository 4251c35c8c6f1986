using ChannelPlatform.SharedKernel;
using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

public sealed class LeadAcceptanceTests
{
    private static readonly DateTimeOffset AssignedAt = LeadBuilder.AssignedAt;
    private static readonly Guid PartnerA = LeadBuilder.PartnerA;
    private static readonly Guid PartnerB = LeadBuilder.PartnerB;

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
}
