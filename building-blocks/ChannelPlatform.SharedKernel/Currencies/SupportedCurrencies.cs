namespace ChannelPlatform.SharedKernel;

/// <summary>
/// The currencies channel programs pay and book in (the most traded ones and those of the platform's regions), with
/// their ISO 4217 minor units. Adding one is adding a line; an amount in a currency not listed here is refused.
/// </summary>
internal static class SupportedCurrencies
{
    public static readonly IReadOnlyList<(string Code, int MinorUnits)> All =
    [
        // North America
        ("USD", 2), ("CAD", 2), ("MXN", 2),

        // Latin America
        ("BRL", 2), ("ARS", 2), ("CLP", 0), ("COP", 2), ("PEN", 2),

        // Europe
        ("EUR", 2), ("GBP", 2), ("CHF", 2), ("SEK", 2), ("NOK", 2), ("DKK", 2), ("ISK", 0), ("PLN", 2), ("CZK", 2),
        ("HUF", 2), ("RON", 2), ("TRY", 2),

        // Middle East and Africa
        ("ILS", 2), ("AED", 2), ("SAR", 2), ("QAR", 2), ("KWD", 3), ("BHD", 3), ("OMR", 3), ("JOD", 3), ("EGP", 2),
        ("ZAR", 2), ("NGN", 2), ("KES", 2),

        // Asia-Pacific
        ("JPY", 0), ("CNY", 2), ("HKD", 2), ("SGD", 2), ("KRW", 0), ("TWD", 2), ("INR", 2), ("THB", 2), ("MYR", 2),
        ("IDR", 2), ("PHP", 2), ("VND", 0), ("AUD", 2), ("NZD", 2),
    ];
}
