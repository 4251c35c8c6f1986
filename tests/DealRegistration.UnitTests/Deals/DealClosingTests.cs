using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class DealClosingTests
{
    private static readonly DateTimeOffset Later = DealBuilder.ApprovedAt.AddDays(20);
    private static readonly DateOnly ClosedOn = new(2026, 4, 18);

    [Fact]
    public void Winning_an_approved_deal_records_the_actual_value_and_the_close_date()
    {
        var deal = DealBuilder.Approved();

        deal.Win(61_250.50m, ClosedOn, DealBuilder.PartnerUser, Later);

        deal.Status.ShouldBe(DealStatus.Won);
        deal.IsOpen.ShouldBeFalse();
        deal.ActualValue.ShouldBe(61_250.50m);
        deal.ClosedOn.ShouldBe(ClosedOn);
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Won, Later, DealBuilder.PartnerUser, null));
        DomainAssert.RaisedOnce<DealWon>(deal).OccurredAt.ShouldBe(Later);
        deal.Version.ShouldBe(3);
    }

    [Fact]
    public void Winning_does_not_change_the_decision_time()
    {
        var deal = DealBuilder.Approved();

        deal.Win(1_000m, ClosedOn, DealBuilder.PartnerUser, Later);

        deal.DecidedAt.ShouldBe(DealBuilder.ApprovedAt);
        deal.DecisionHours.ShouldBe(2);
    }

    [Fact]
    public void The_actual_value_is_rounded_to_cents_half_away_from_zero()
    {
        var deal = DealBuilder.Approved();

        deal.Win(1_000.125m, ClosedOn, DealBuilder.PartnerUser, Later);

        deal.ActualValue.ShouldBe(1_000.13m);
    }

    public static TheoryData<decimal> NonPositiveValues => new() { 0m, -500m };

    [Theory]
    [MemberData(nameof(NonPositiveValues))]
    public void A_win_without_a_positive_actual_value_is_refused_and_the_deal_stays_approved(decimal value)
    {
        var deal = DealBuilder.Approved();

        DomainAssert.InvalidValue(() => deal.Win(value, ClosedOn, DealBuilder.PartnerUser, Later), "actualValue");

        deal.Status.ShouldBe(DealStatus.Approved);
        deal.ActualValue.ShouldBeNull();
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void An_actual_value_that_rounds_to_zero_cents_is_refused()
    {
        var deal = DealBuilder.Approved();

        DomainAssert.InvalidValue(() => deal.Win(0.004m, ClosedOn, DealBuilder.PartnerUser, Later), "actualValue");
    }

    [Fact]
    public void Losing_an_approved_deal_records_the_reason_and_closes_it_on_the_utc_date_of_the_loss()
    {
        var deal = DealBuilder.Approved();
        var lateEveningInNewYork = new DateTimeOffset(2026, 4, 20, 22, 30, 0, TimeSpan.FromHours(-4));

        deal.Lose("  Budget cut  ", DealBuilder.PartnerUser, lateEveningInNewYork);

        deal.Status.ShouldBe(DealStatus.Lost);
        deal.IsOpen.ShouldBeFalse();
        deal.Reason.ShouldBe("Budget cut");
        deal.ClosedOn.ShouldBe(new DateOnly(2026, 4, 21));
        deal.ActualValue.ShouldBeNull();
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Lost, lateEveningInNewYork, DealBuilder.PartnerUser, "Budget cut"));
        DomainAssert.RaisedOnce<DealLost>(deal);
        deal.Version.ShouldBe(3);
    }
}
