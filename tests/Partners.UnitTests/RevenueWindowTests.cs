using Partners.Domain.Metrics;

namespace Partners.UnitTests;

public sealed class RevenueWindowTests
{
    [Theory]
    [InlineData("2026-03-31", "2025-04-01")]
    [InlineData("2026-01-01", "2025-01-02")]
    [InlineData("2024-02-29", "2023-03-01")]
    public void The_trailing_twelve_months_start_the_day_after_the_same_date_a_year_ago(string today, string start)
    {
        RevenueEntry.TrailingWindowStart(DateOnly.Parse(today)).ShouldBe(DateOnly.Parse(start));
    }
}
