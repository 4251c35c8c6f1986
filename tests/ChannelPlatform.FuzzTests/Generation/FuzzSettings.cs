using System.Globalization;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// How big a run is and how it is drawn. <c>CHANNEL_FUZZ_SEED</c> replays a run exactly (the seed is printed in every
/// report); <c>CHANNEL_FUZZ_REQUESTS</c> raises the count past the CI default.
/// </summary>
public sealed record FuzzSettings(int Seed, int Requests, int Concurrency, TimeSpan Timeout)
{
    /// <summary>The "done means" asks for at least 10 000 requests per run.</summary>
    public const int DefaultRequests = 10_000;

    public const int DefaultSeed = 20_260_311;

    public static FuzzSettings FromEnvironment() => new(
        Number("CHANNEL_FUZZ_SEED", DefaultSeed),
        Math.Max(DefaultRequests, Number("CHANNEL_FUZZ_REQUESTS", DefaultRequests)),
        Number("CHANNEL_FUZZ_CONCURRENCY", 8),
        TimeSpan.FromSeconds(10));

    private static int Number(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
