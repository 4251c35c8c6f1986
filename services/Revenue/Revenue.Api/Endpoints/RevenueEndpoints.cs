namespace Revenue.Api.Endpoints;

internal static class RevenueEndpoints
{
    public const string Description =
        "Partner revenue: bookings from won deals with the compensation of the agreement in force on the close date (Reseller and Msp " +
        "margin plus the tier's margin bonus, Referral commission, SystemIntegrator referral fee, Technology revenue share), direct " +
        "bookings, adjustments with clawbacks, quarterly payouts, pipeline, forecast (booked + open pipeline × trailing win rate, " +
        "30 % until 5 closed deals), revenue KPIs and market development funds. Money is decimal, rounded to cents half away " +
        "from zero, in the platform's reporting currency. Errors are RFC 9457 ProblemDetails; lists are keyset-paged.";
}
