using ChannelPlatform.SharedKernel;
using Revenue.Domain.Rates;

namespace Revenue.Domain.Mdf;

/// <summary>The request's amounts as money, and the one conversion into the budget's currency (the request date's rates).</summary>
public sealed partial class MdfRequest
{
    public Currency Own => ChannelPlatform.SharedKernel.Currency.Of(Currency);

    public Currency Budget => ChannelPlatform.SharedKernel.Currency.Of(BudgetCurrency);

    public Money Requested => Money.Of(RequestedAmount, Own);

    public Money Approved => Money.Of(ApprovedAmount ?? 0m, Own);

    public Money Claimed => Money.Of(ClaimedAmount, Own);

    public DateOnly RequestedOn => DateOnly.FromDateTime(CreatedAt.UtcDateTime);

    /// <summary>An amount of the request's currency in the budget's, at the request date's rates, rounded once.</summary>
    public Money ToBudget(Money amount) =>
        new DatedRate(Own, RequestRate, RequestedOn).Convert(amount, new DatedRate(Budget, BudgetRate, RequestedOn));

    private Money InOwnCurrency(decimal amount) => Money.Of(amount, Own);
}
