using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

/// <summary>Submitted → Approved | Rejected; Approved → Won | Lost | Expired. Every other command in every status is a 409.</summary>
public sealed class DealTransitionTests
{
    private static readonly DateTimeOffset Later = DealBuilder.ApprovedAt.AddDays(10);

    private static readonly Dictionary<string, Action<Deal>> Commands = new()
    {
        ["approve"] = d => d.Approve(60, false, null, null, [], DealBuilder.ChannelManager, Later),
        ["reject"] = d => d.Reject("Not a fit", DealBuilder.ChannelManager, Later),
        ["win"] = d => d.Win(10_000m, new DateOnly(2026, 4, 20), DealBuilder.PartnerUser, Later),
        ["lose"] = d => d.Lose("Budget cut", DealBuilder.PartnerUser, Later),
        ["extend"] = d => d.Extend(30, "Slipped", DealBuilder.ChannelManager, Later),
    };

    private static readonly Dictionary<string, (DealStatus From, DealStatus To)> Allowed = new()
    {
        ["approve"] = (DealStatus.Submitted, DealStatus.Approved),
        ["reject"] = (DealStatus.Submitted, DealStatus.Rejected),
        ["win"] = (DealStatus.Approved, DealStatus.Won),
        ["lose"] = (DealStatus.Approved, DealStatus.Lost),
        ["extend"] = (DealStatus.Approved, DealStatus.Approved),
    };

    public static TheoryData<string, DealStatus, DealStatus> AllowedTransitions
    {
        get
        {
            var data = new TheoryData<string, DealStatus, DealStatus>();
            foreach (var (command, (from, to)) in Allowed)
                data.Add(command, from, to);
            return data;
        }
    }

    public static TheoryData<string, DealStatus> ForbiddenTransitions
    {
        get
        {
            var data = new TheoryData<string, DealStatus>();
            foreach (var command in Commands.Keys)
            {
                foreach (var status in Enum.GetValues<DealStatus>().Where(s => s != Allowed[command].From))
                    data.Add(command, status);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Each_command_moves_a_deal_from_the_one_status_that_allows_it(string command, DealStatus from, DealStatus to)
    {
        var deal = DealBuilder.InStatus(from);
        var version = deal.Version;
        var history = deal.History.Count;

        Commands[command](deal);

        deal.Status.ShouldBe(to);
        deal.Version.ShouldBe(version + 1);
        deal.History.Count.ShouldBe(history + 1);
        deal.History[^1].Status.ShouldBe(to);
        deal.History[^1].At.ShouldBe(Later);
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void A_command_in_a_status_that_does_not_allow_it_is_refused_and_changes_nothing(string command, DealStatus status)
    {
        var deal = DealBuilder.InStatus(status);
        var version = deal.Version;
        var history = deal.History.ToList();
        var events = deal.DomainEvents.Count;
        var protectionExpiresAt = deal.ProtectionExpiresAt;
        var decidedAt = deal.DecidedAt;

        var refused = DomainAssert.InvalidTransition(() => Commands[command](deal));

        refused.Message.ShouldContain($"Deal is {status}");
        deal.Status.ShouldBe(status);
        deal.Version.ShouldBe(version);
        deal.History.ShouldBe(history);
        deal.DomainEvents.Count.ShouldBe(events);
        deal.ProtectionExpiresAt.ShouldBe(protectionExpiresAt);
        deal.DecidedAt.ShouldBe(decidedAt);
    }

    [Fact]
    public void A_won_deal_has_a_history_of_every_transition_in_order_with_who_and_when()
    {
        var deal = DealBuilder.Submitted();
        deal.Approve(60, false, null, "Good fit", [], DealBuilder.ChannelManager, DealBuilder.ApprovedAt);
        deal.Extend(20, "Legal review", DealBuilder.ChannelManager, Later);
        deal.Win(52_000m, new DateOnly(2026, 5, 1), DealBuilder.PartnerUser, Later.AddDays(20));

        deal.History.ShouldBe(
        [
            new DealHistoryEntry(DealStatus.Submitted, DealBuilder.Now, DealBuilder.PartnerUser, null),
            new DealHistoryEntry(DealStatus.Approved, DealBuilder.ApprovedAt, DealBuilder.ChannelManager, "Good fit"),
            new DealHistoryEntry(DealStatus.Approved, Later, DealBuilder.ChannelManager, "Protection extended by 20 days: Legal review"),
            new DealHistoryEntry(DealStatus.Won, Later.AddDays(20), DealBuilder.PartnerUser, null),
        ]);
        deal.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(DealRegistered), typeof(DealApproved), typeof(DealProtectionExtended), typeof(DealWon)]);
        deal.Version.ShouldBe(4);
    }

    [Fact]
    public void An_expired_deal_has_a_history_ending_with_the_system_expiring_it()
    {
        var deal = DealBuilder.Expired();

        deal.History.Select(h => (h.Status, h.By)).ShouldBe(
        [
            (DealStatus.Submitted, DealBuilder.PartnerUser),
            (DealStatus.Approved, DealBuilder.ChannelManager),
            (DealStatus.Expired, "system"),
        ]);
        deal.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(DealRegistered), typeof(DealApproved), typeof(DealExpired)]);
        deal.Version.ShouldBe(3);
    }

    [Fact]
    public void A_lost_deal_and_a_rejected_deal_each_end_their_history_with_the_reason()
    {
        DealBuilder.Lost().History.Select(h => h.Status).ShouldBe([DealStatus.Submitted, DealStatus.Approved, DealStatus.Lost]);
        DealBuilder.Lost().History[^1].Note.ShouldBe("Customer chose a competitor");
        DealBuilder.Rejected().History.Select(h => h.Status).ShouldBe([DealStatus.Submitted, DealStatus.Rejected]);
        DealBuilder.Rejected().History[^1].Note.ShouldBe("Customer already covered by direct sales");
    }

    [Fact]
    public void Every_event_the_deal_raises_carries_the_deal_itself()
    {
        var deal = DealBuilder.Won();

        deal.DomainEvents.ShouldAllBe(e => ReferenceEquals(DealOf(e), deal));
    }

    private static Deal? DealOf(ChannelPlatform.SharedKernel.IDomainEvent e) => e switch
    {
        DealRegistered x => x.Deal,
        DealApproved x => x.Deal,
        DealWon x => x.Deal,
        _ => null,
    };
}
