using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

public sealed class PartnerStatusChangeTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    [Fact]
    public void An_active_partner_can_be_suspended_with_a_reason()
    {
        var partner = PartnerBuilder.Active();

        partner.Suspend("  Unpaid invoices ", Now);

        partner.Status.ShouldBe(PartnerStatus.Suspended);
        partner.StatusReason.ShouldBe("Unpaid invoices");
        DomainAssert.RaisedOnce<PartnerSuspended>(partner).Reason.ShouldBe("Unpaid invoices");
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Declined)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Suspended)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_an_active_partner_can_be_suspended(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var version = partner.Version;

        Should.Throw<InvalidTransitionException>(() => partner.Suspend("reason", Now));

        partner.Status.ShouldBe(status);
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void A_suspended_partner_can_be_reactivated_and_its_reason_is_cleared()
    {
        var partner = PartnerBuilder.Suspended();

        partner.Reactivate(" Invoices paid ", Now);

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.StatusReason.ShouldBeNull();
        partner.Tier.ShouldBe(PartnerTier.Registered);
        DomainAssert.RaisedOnce<PartnerReactivated>(partner).Reason.ShouldBe("Invoices paid");
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Declined)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Active)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_a_suspended_partner_can_be_reactivated(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var version = partner.Version;

        Should.Throw<InvalidTransitionException>(() => partner.Reactivate("reason", Now));

        partner.Status.ShouldBe(status);
        partner.Version.ShouldBe(version);
    }

    [Theory]
    [InlineData(PartnerStatus.Active)]
    [InlineData(PartnerStatus.Suspended)]
    public void An_active_or_suspended_partner_can_be_terminated(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var terminatedAt = Now.AddDays(10);

        partner.Terminate(" Contract ended ", terminatedAt);

        partner.Status.ShouldBe(PartnerStatus.Terminated);
        partner.StatusReason.ShouldBe("Contract ended");
        partner.TerminatedAt.ShouldBe(terminatedAt);
        DomainAssert.RaisedOnce<PartnerTerminated>(partner).Reason.ShouldBe("Contract ended");
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Declined)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_an_active_or_suspended_partner_can_be_terminated(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var version = partner.Version;
        var terminatedAt = partner.TerminatedAt;

        Should.Throw<InvalidTransitionException>(() => partner.Terminate("reason", Now.AddDays(1)));

        partner.Status.ShouldBe(status);
        partner.TerminatedAt.ShouldBe(terminatedAt);
        partner.Version.ShouldBe(version);
    }
}
