namespace ChannelPlatform.EndToEndTests;

/// <summary>A load probe: skipped unless CHANNEL_BENCH=1, so the suite stays fast and never asserts on timing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CHANNEL_BENCH") != "1")
            Skip = "Load probe: set CHANNEL_BENCH=1 to run it (CHANNEL_BENCH_N requests per phase, default 500).";
    }
}
