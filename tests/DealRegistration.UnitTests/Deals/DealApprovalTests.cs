using ChannelPlatform.SharedKernel;
using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class DealApprovalTests
{
    private static readonly DateTimeOffset Now = DealBuilder.Now;
    private static readonly DateTimeOffset Later = Now.AddHours(5);
    private static readonly Guid EarlierDealId = Guid.CreateVersion7();

    [Fact]
    public void Approving_a_submitted_deal_protects_it_for_the_tier_days_counted_from_the_approval()
    {
        var deal = DealBuilder.Submitted();

        deal.Approve(90, false, null, "  Strategic account  ", [], DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.IsOpen.ShouldBeTrue();
        deal.DecidedAt.ShouldBe(Later);
        deal.DecisionHours.ShouldBe(5);
        deal.ProtectionExpiresAt.ShouldBe(Later.AddDays(90));
        deal.ConflictsOverridden.ShouldBeFalse();
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Approved, Later, DealBuilder.ChannelManager, "Strategic account"));
        DomainAssert.RaisedOnce<DealApproved>(deal).OccurredAt.ShouldBe(Later);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void An_approval_without_notes_records_no_note()
    {
        var deal = DealBuilder.Submitted();

        deal.Approve(60, false, null, null, [], DealBuilder.ChannelManager, Later);

        deal.History[^1].Note.ShouldBeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void Protection_of_1_to_365_days_is_accepted(int days)
    {
        var deal = DealBuilder.Submitted();

        deal.Approve(days, false, null, null, [], DealBuilder.ChannelManager, Later);

        deal.ProtectionExpiresAt.ShouldBe(Later.AddDays(days));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(366, 365)]
    [InlineData(int.MaxValue, 365)]
    public void Protection_outside_1_to_365_days_is_clamped_to_that_range(int days, int protectedDays)
    {
        // protectionDays comes from the partner tier projection, never from a request: a bad tier value still approves,
        // with the nearest allowed protection, rather than failing the approval.
        var deal = DealBuilder.Submitted();

        deal.Approve(days, false, null, null, [], DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ProtectionExpiresAt.ShouldBe(Later.AddDays(protectedDays));
        DomainAssert.RaisedOnce<DealApproved>(deal);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void Approving_a_deal_that_conflicts_with_an_earlier_open_registration_needs_an_override()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        var broken = DomainAssert.BrokenRule(() => deal.Approve(60, false, null, null, [EarlierDealId], DealBuilder.ChannelManager, Later), RuleKind.Conflict);

        broken.Message.ShouldContain("first to register wins");
        broken.Message.ShouldContain("1 earlier open registration");
        deal.Status.ShouldBe(DealStatus.Submitted);
        deal.DecidedAt.ShouldBeNull();
        deal.History.Count.ShouldBe(1);
        DomainAssert.NotRaised<DealApproved>(deal);
        deal.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_override_without_a_reason_does_not_approve_over_an_earlier_registration(string? reason)
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        DomainAssert.BrokenRule(() => deal.Approve(60, true, reason, null, [EarlierDealId], DealBuilder.ChannelManager, Later), RuleKind.Conflict);

        deal.Status.ShouldBe(DealStatus.Submitted);
    }

    [Fact]
    public void A_reason_without_the_override_flag_does_not_approve_over_an_earlier_registration()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        DomainAssert.BrokenRule(() => deal.Approve(60, false, "Customer asked for this partner", null, [EarlierDealId], DealBuilder.ChannelManager, Later), RuleKind.Conflict);

        deal.Status.ShouldBe(DealStatus.Submitted);
    }

    [Fact]
    public void An_override_with_a_reason_approves_over_an_earlier_registration_and_records_why()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        deal.Approve(60, true, "  Customer asked for this partner  ", "  Checked with both partners ", [EarlierDealId], DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ConflictsOverridden.ShouldBeTrue();
        deal.History[^1].Note.ShouldBe("Conflicts overridden: Customer asked for this partner — Checked with both partners");
        DomainAssert.RaisedOnce<DealApproved>(deal);
    }

    [Fact]
    public void An_override_note_without_approval_notes_carries_only_the_reason()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        deal.Approve(60, true, "Customer asked for this partner", null, [EarlierDealId], DealBuilder.ChannelManager, Later);

        deal.History[^1].Note.ShouldBe("Conflicts overridden: Customer asked for this partner");
    }

    [Fact]
    public void A_conflict_with_a_registration_that_is_no_longer_open_does_not_block_the_approval()
    {
        // The earlier deal was rejected, lost or expired since: it is not in the open set the handler passes.
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        deal.Approve(60, false, null, null, [], DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ConflictsOverridden.ShouldBeFalse();
        deal.Conflicts.ShouldHaveSingleItem();
    }

    [Fact]
    public void Open_deals_that_are_not_among_this_deals_conflicts_do_not_block_the_approval()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        deal.Approve(60, false, null, null, [Guid.CreateVersion7(), Guid.CreateVersion7()], DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ConflictsOverridden.ShouldBeFalse();
    }

    [Fact]
    public void Only_the_conflicts_still_open_are_counted_in_the_refusal()
    {
        var stillOpen = Guid.CreateVersion7();
        var closedSince = Guid.CreateVersion7();
        var alsoOpen = Guid.CreateVersion7();
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(stillOpen), DealBuilder.ConflictWith(closedSince, ConflictReason.SameDomain), DealBuilder.ConflictWith(alsoOpen));

        var broken = DomainAssert.BrokenRule(() => deal.Approve(60, false, null, null, [stillOpen, alsoOpen], DealBuilder.ChannelManager, Later), RuleKind.Conflict);

        broken.Message.ShouldContain("2 earlier open registration");
    }

    [Fact]
    public void An_override_flag_without_any_open_conflict_approves_without_marking_conflicts_overridden()
    {
        var deal = DealBuilder.Submitted();

        deal.Approve(60, true, "Just in case", "Looks good", [], DealBuilder.ChannelManager, Later);

        deal.ConflictsOverridden.ShouldBeFalse();
        deal.History[^1].Note.ShouldBe("Looks good");
    }

    [Fact]
    public void The_override_rule_is_checked_before_the_protection_days()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(EarlierDealId));

        DomainAssert.BrokenRule(() => deal.Approve(0, false, null, null, [EarlierDealId], DealBuilder.ChannelManager, Later), RuleKind.Conflict);
    }

    [Fact]
    public void The_open_conflicting_deal_ids_are_required()
    {
        var deal = DealBuilder.Submitted();

        Should.Throw<ArgumentNullException>(() => deal.Approve(60, false, null, null, null!, DealBuilder.ChannelManager, Later));
    }
}
