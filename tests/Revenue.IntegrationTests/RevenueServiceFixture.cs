using ChannelPlatform.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Revenue.Application.Mdf;
using Revenue.Api;

namespace Revenue.IntegrationTests;

/// <summary>
/// The Revenue service on its own database and virtual host, once per test class, on a clock the tests
/// can move (claim windows, trailing win rates). Events arrive as the other services would publish them.
/// </summary>
public sealed class RevenueServiceFixture : ServiceFixture<RevenueApi>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override string Prefix => "revenue";

    protected override FakeTimeProvider Clock => _clock;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public void Advance(TimeSpan by) => _clock.Advance(by);

    /// <summary>The daily MDF claim-window job is off in tests: they run it when they mean to.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["MdfClaimWindows:Enabled"] = "false" };

    /// <summary>One run of the daily MDF claim-window close, as the background job would run it.</summary>
    public async Task<int> CloseClaimWindowsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CloseMdfClaimWindowsCommand());
    }

    /// <summary>The JSON payload of the newest outbox row of an exchange for one aggregate.</summary>
    public Task<string?> OutboxPayloadAsync(string exchange, Guid aggregateId) =>
        Database.ScalarAsync<string>("SELECT body::text FROM revenue.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1 ORDER BY sequence DESC LIMIT 1", exchange, aggregateId);
}
