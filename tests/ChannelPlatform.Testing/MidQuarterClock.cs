namespace ChannelPlatform.Testing;

/// <summary>
/// Real time, shifted so that the run starts in the middle of the current quarter: a test that reads "today" and
/// "this quarter" from the same clock the services use cannot fail because the run crossed a quarter's end.
/// Timers still tick in real time.
/// </summary>
public sealed class MidQuarterClock : TimeProvider
{
    private readonly TimeSpan _shift;

    public MidQuarterClock()
    {
        var now = System.GetUtcNow();
        var quarterStart = new DateTimeOffset(now.Year, ((now.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero);
        _shift = quarterStart.AddDays(45).AddHours(now.Hour).AddMinutes(now.Minute) - now;
    }

    public static MidQuarterClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);
}
