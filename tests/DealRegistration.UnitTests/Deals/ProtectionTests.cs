using ChannelPlatform.SharedKernel;
using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class ProtectionTests
{
    private static readonly DateTimeOffset ApprovedAt = DealBuilder.ApprovedAt;
    private static readonly DateTimeOffset ProtectionEnds = ApprovedAt.AddDays(DealBuilder.ProtectionDays);
    private static readonly DateTimeOffset Later = ApprovedAt.AddDays(40);

    [Fact]
    public void Extending_adds_the_days_to_the_current_protection_end_and_records_why()
    {
        var deal = DealBuilder.Approved();

        deal.Extend(30, "  Customer board meets in June  ", DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ProtectionExpiresAt.ShouldBe(ProtectionEnds.AddDays(30));
        deal.ProtectionExtended.ShouldBeTrue();
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Approved, Later, DealBuilder.ChannelManager, "Protection extended by 30 days: Customer board meets in June"));
        var extended = DomainAssert.RaisedOnce<DealProtectionExtended>(deal);
        extended.Days.ShouldBe(30);
        extended.OccurredAt.ShouldBe(Later);
        deal.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(90)]
    public void An_extension_of_1_to_90_days_is_accepted(int days)
    {
        var deal = DealBuilder.Approved();

        deal.Extend(days, "Slipped a quarter", DealBuilder.ChannelManager, Later);

        deal.ProtectionExpiresAt.ShouldBe(ProtectionEnds.AddDays(days));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(-7)]
    public void An_extension_outside_1_to_90_days_is_refused_and_does_not_use_up_the_one_extension(int days)
    {
        var deal = DealBuilder.Approved();

        DomainAssert.InvalidValue(() => deal.Extend(days, "Slipped", DealBuilder.ChannelManager, Later), "days");

        deal.ProtectionExpiresAt.ShouldBe(ProtectionEnds);
        deal.ProtectionExtended.ShouldBeFalse();
        deal.Version.ShouldBe(2);
        deal.Extend(10, "Slipped", DealBuilder.ChannelManager, Later);
        deal.ProtectionExpiresAt.ShouldBe(ProtectionEnds.AddDays(10));
    }

    [Fact]
    public void The_protection_period_can_be_extended_only_once()
    {
        var deal = DealBuilder.Approved();
        deal.Extend(30, "Slipped", DealBuilder.ChannelManager, Later);

        var broken = DomainAssert.BrokenRule(() => deal.Extend(10, "Slipped again", DealBuilder.ChannelManager, Later.AddDays(1)), RuleKind.Conflict);

        broken.Message.ShouldContain("already been extended once");
        deal.ProtectionExpiresAt.ShouldBe(ProtectionEnds.AddDays(30));
        deal.History.Count.ShouldBe(3);
        deal.DomainEvents.OfType<DealProtectionExtended>().ShouldHaveSingleItem();
        deal.Version.ShouldBe(3);
    }

    [Fact]
    public void An_approved_deal_is_still_protected_one_tick_before_its_protection_ends()
    {
        var deal = DealBuilder.Approved();

        deal.ExpireIfProtectionEnded(ProtectionEnds.AddTicks(-1)).ShouldBeFalse();

        deal.Status.ShouldBe(DealStatus.Approved);
        DomainAssert.NotRaised<DealExpired>(deal);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void An_approved_deal_expires_at_the_instant_its_protection_ends()
    {
        // Same boundary as the conflict check, which counts an approved deal as open only while protection_expires_at > now.
        var deal = DealBuilder.Approved();

        deal.ExpireIfProtectionEnded(ProtectionEnds).ShouldBeTrue();

        deal.Status.ShouldBe(DealStatus.Expired);
        deal.IsOpen.ShouldBeFalse();
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Expired, ProtectionEnds, "system", "Protection period ended"));
        DomainAssert.RaisedOnce<DealExpired>(deal).OccurredAt.ShouldBe(ProtectionEnds);
        deal.Version.ShouldBe(3);
    }

    [Fact]
    public void An_approved_deal_long_past_its_protection_expires()
    {
        var deal = DealBuilder.Approved();

        deal.ExpireIfProtectionEnded(ProtectionEnds.AddDays(400)).ShouldBeTrue();

        deal.Status.ShouldBe(DealStatus.Expired);
    }

    [Fact]
    public void An_extended_deal_expires_at_the_extended_end_not_the_original_one()
    {
        var deal = DealBuilder.Approved();
        deal.Extend(15, "Slipped", DealBuilder.ChannelManager, Later);

        deal.ExpireIfProtectionEnded(ProtectionEnds).ShouldBeFalse();
        deal.ExpireIfProtectionEnded(ProtectionEnds.AddDays(15)).ShouldBeTrue();
    }

    [Fact]
    public void An_expired_deal_expires_only_once()
    {
        var deal = DealBuilder.Expired();

        deal.ExpireIfProtectionEnded(ProtectionEnds.AddDays(1)).ShouldBeFalse();

        deal.DomainEvents.OfType<DealExpired>().ShouldHaveSingleItem();
        deal.History.Count(h => h.Status == DealStatus.Expired).ShouldBe(1);
    }

    [Theory]
    [InlineData(DealStatus.Submitted)]
    [InlineData(DealStatus.Rejected)]
    [InlineData(DealStatus.Won)]
    [InlineData(DealStatus.Lost)]
    public void Only_an_approved_deal_expires(DealStatus status)
    {
        var deal = DealBuilder.InStatus(status);
        var version = deal.Version;

        deal.ExpireIfProtectionEnded(ProtectionEnds.AddDays(1000)).ShouldBeFalse();

        deal.Status.ShouldBe(status);
        deal.Version.ShouldBe(version);
        DomainAssert.NotRaised<DealExpired>(deal);
    }
}
