namespace Bench.Floors;

/// <summary>The round trip's message: its number and the publisher's <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
public sealed record Ping(int Number, long SentAt);
