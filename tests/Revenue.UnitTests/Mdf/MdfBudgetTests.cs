using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>A partner's yearly MDF: tier MDF percent × prior-year revenue, or set; commitments never exceed it.</summary>
public sealed class MdfBudgetTests
{
    public static TheoryData<decimal, decimal, decimal> ComputedBudgets => new()
    {
        { 3m, 1_000_000m, 30_000m },
        { 3m, 1_234_567.89m, 37_037.04m },
        { 2.5m, 100.20m, 2.51m },
        { 0m, 900_000m, 0m },
    };

    [Theory]
    [MemberData(nameof(ComputedBudgets))]
    public void A_computed_budget_is_the_mdf_percent_of_prior_year_revenue_to_the_cent(decimal mdfPercent, decimal priorYearRevenue, decimal expected)
    {
        var budget = MdfBudget.Computed(PartnerId, 2026, mdfPercent, Dollars(priorYearRevenue));

        budget.Allocated.ShouldBe(expected);
        budget.Remaining.ShouldBe(expected);
        budget.Source.ShouldBe(MdfBudgetSource.Computed);
        (budget.PartnerId, budget.Year, budget.Currency).ShouldBe((PartnerId, 2026, Usd.Code));
        (budget.Committed, budget.Claimed, budget.Paid).ShouldBe((0m, 0m, 0m));
    }

    [Fact]
    public void Committing_within_the_remaining_budget_reduces_what_remains()
    {
        var budget = Budget(10_000m);

        budget.Commit(Dollars(4_000m));
        budget.Commit(Dollars(6_000m));

        budget.Committed.ShouldBe(10_000m);
        budget.Remaining.ShouldBe(0m);
    }

    [Fact]
    public void Committing_more_than_remains_is_refused_and_changes_nothing()
    {
        var budget = Budget(10_000m);
        budget.Commit(Dollars(7_500m));
        var version = budget.Version;

        var broken = DomainAssert.BrokenRule(() => budget.Commit(Dollars(2_500.01m)));

        broken.Message.ShouldContain("exceeds the remaining MDF budget");
        budget.Committed.ShouldBe(7_500m);
        budget.Remaining.ShouldBe(2_500m);
        budget.Version.ShouldBe(version);
    }

    [Fact]
    public void Setting_a_budget_replaces_the_allocation_rounded_and_marks_it_set()
    {
        var budget = MdfBudget.Computed(PartnerId, 2026, 3m, Dollars(1_000_000m));

        budget.Set(12_345.675m);

        budget.Allocated.ShouldBe(12_345.68m);
        budget.Source.ShouldBe(MdfBudgetSource.Set);
        budget.Version.ShouldBe(1);
    }

    [Fact]
    public void A_budget_cannot_be_set_below_what_is_committed()
    {
        var budget = Budget(10_000m);
        budget.Commit(Dollars(6_000m));

        DomainAssert.BrokenRule(() => budget.Set(5_999.99m)).Message.ShouldContain("already committed");

        budget.Allocated.ShouldBe(10_000m);
    }

    [Fact]
    public void A_budget_can_be_set_to_exactly_what_is_committed()
    {
        var budget = Budget(10_000m);
        budget.Commit(Dollars(6_000m));

        budget.Set(6_000m);

        budget.Remaining.ShouldBe(0m);
    }

    [Fact]
    public void A_negative_budget_is_an_invalid_amount()
    {
        var budget = Budget(10_000m);

        DomainAssert.InvalidValue(() => budget.Set(-0.01m), "amount");

        budget.Allocated.ShouldBe(10_000m);
    }

    [Fact]
    public void Claims_and_payments_are_tracked_without_touching_the_commitment()
    {
        var budget = Budget(10_000m);
        budget.Commit(Dollars(5_000m));

        budget.Claim(Dollars(4_000m));
        budget.Pay(Dollars(3_500m));

        (budget.Claimed, budget.Paid, budget.Committed, budget.Remaining).ShouldBe((4_000m, 3_500m, 5_000m, 5_000m));
    }

    [Fact]
    public void A_computed_budget_follows_its_formula_but_never_drops_below_what_is_committed()
    {
        var budget = MdfBudget.Computed(PartnerId, 2026, 1m, Dollars(100_000m));
        budget.Commit(Dollars(800m));

        budget.FollowComputed(Dollars(2_000m));
        budget.Allocated.ShouldBe(2_000m);

        budget.FollowComputed(Dollars(500m));
        budget.Allocated.ShouldBe(800m);
        budget.Remaining.ShouldBe(0m);
    }

    [Fact]
    public void A_set_budget_does_not_follow_the_formula()
    {
        var budget = MdfBudget.Computed(PartnerId, 2026, 1m, Dollars(100_000m));
        budget.Set(5_000m);

        budget.FollowComputed(Dollars(9_000m));

        budget.Allocated.ShouldBe(5_000m);
        budget.Source.ShouldBe(MdfBudgetSource.Set);
    }
}
