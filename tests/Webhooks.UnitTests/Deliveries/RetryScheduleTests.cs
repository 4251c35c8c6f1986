using Webhooks.Domain.Deliveries;

namespace Webhooks.UnitTests.Deliveries;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule = new(TimeSpan.FromSeconds(10), TimeSpan.FromHours(6), TimeSpan.FromHours(72));

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    public void The_delay_doubles_with_each_failure(int failures, double ceilingSeconds)
    {
        Schedule.DelayAfter(failures, 0.999999).TotalSeconds.ShouldBe(ceilingSeconds, 0.01);
    }

    [Fact]
    public void Jitter_spreads_a_delay_between_half_and_all_of_its_ceiling()
    {
        Schedule.DelayAfter(3, 0).ShouldBe(TimeSpan.FromSeconds(20));
        Schedule.DelayAfter(3, 0.5).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_delay_is_capped()
    {
        Schedule.DelayAfter(40, 1).ShouldBe(TimeSpan.FromHours(6));
    }
}
