using System.Text;

namespace Revenue.Application.Rates;

/// <summary>The keyset of the rate list (currency, then newest date first) packed into the opaque cursor's id.</summary>
internal static class RateCursor
{
    public static Guid Encode(string currency, DateOnly effectiveFrom)
    {
        var bytes = new byte[16];
        Encoding.ASCII.GetBytes(currency.PadRight(3)[..3]).CopyTo(bytes, 0);
        BitConverter.GetBytes(effectiveFrom.DayNumber).CopyTo(bytes, 4);
        return new Guid(bytes);
    }

    public static (string Currency, DateOnly EffectiveFrom) Decode(Guid cursor)
    {
        var bytes = cursor.ToByteArray();
        var day = BitConverter.ToInt32(bytes, 4);
        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("cursor", "'cursor' is not a cursor this API returned.")]);
        return (Encoding.ASCII.GetString(bytes, 0, 3), DateOnly.FromDayNumber(day));
    }
}
