namespace Revenue.Api.Endpoints;

internal static class RevenueEndpoints
{
    public const string Description =
        "Partner revenue: bookings from won deals with the compensation of the agreement in force on the close date (Reseller and Msp " +
        "margin plus the tier's margin bonus, Referral commission, SystemIntegrator referral fee, Technology revenue share), direct " +
        "bookings, adjustments with clawbacks, quarterly payouts, pipeline, forecast (booked + open pipeline × trailing win rate, " +
        "30 % until 5 closed deals), revenue KPIs and market development funds. Money is a decimal amount with an ISO 4217 currency, " +
        "rounded to that currency's minor units half away from zero; bookings keep their own currency and a reporting-currency amount at " +
        "the dated exchange rate of their booking date, compensation and payouts are in the partner's payout currency, KPIs in the " +
        "reporting currency. Errors are RFC 9457 ProblemDetails; lists are keyset-paged.";
}
