using ChannelPlatform.SharedKernel;
using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Currencies;

/// <summary>MDF budgets stay in the payout currency; a request in another one converts at its request date's rates.</summary>
public sealed class ForeignMdfTests
{
    private static MdfRequest EuroRequest(decimal requested) =>
        MdfRequest.Submit(PartnerId, null, MdfActivityType.Event, "Berlin roadshow", Euros(requested), EurRate, UsdRate, PlannedOn, Now);

    [Fact]
    public void Approving_a_euro_request_commits_its_dollar_equivalent_at_the_request_dates_rate()
    {
        var budget = Budget(10_000m);
        var request = EuroRequest(5_000m);

        request.Approve(4_000m, budget, Now);

        (request.ApprovedAmount, request.Currency).ShouldBe((4_000m, "EUR"));
        (request.CommittedAmount, request.BudgetCurrency).ShouldBe((4_336.80m, "USD"));
        budget.Committed.ShouldBe(4_336.80m);
    }

    [Fact]
    public void A_euro_request_whose_dollars_exceed_what_remains_is_refused_though_its_euros_would_fit()
    {
        var budget = Budget(10_000m);

        DomainAssert.BrokenRule(() => EuroRequest(9_500m).Approve(9_500m, budget, Now));
        budget.Committed.ShouldBe(0m);
    }

    [Fact]
    public void Claims_short_pays_and_the_closed_window_move_the_budget_in_its_own_currency_and_release_exactly_the_rest()
    {
        var budget = Budget(10_000m);
        var request = EuroRequest(3_000m);
        request.Approve(3_000m, budget, Now);
        var claim = request.SubmitClaim(1_000.01m, ["https://proof.example.com/a.pdf"], null, budget, PlannedOn, Now);
        claim.Approve(900m, "Receipts for 900 only", Now);
        request.ReleaseShortPay(claim, budget);
        claim.Reimburse(PlannedOn.AddDays(20), request, budget, Now);

        request.CloseClaims(budget, PlannedOn.AddDays(MdfRequest.ClaimWindowDays + 1)).ShouldBeTrue();

        (budget.Claimed, budget.Paid).ShouldBe((1_084.21m, 975.78m));
        budget.Committed.ShouldBe(budget.Paid, "what stays committed is exactly what was paid");
        request.ReleasedAmount.ShouldBe(3_252.60m - 975.78m);
    }

    [Fact]
    public void A_budget_is_never_moved_by_an_amount_in_another_currency() =>
        Should.Throw<CurrencyMismatchException>(() => Budget(10_000m).Commit(Euros(1m)));
}
