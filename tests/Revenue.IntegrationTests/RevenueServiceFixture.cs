using System.Net.Http.Headers;
using ChannelPlatform.Hosting.Auth;
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
    private DevTokenIssuer? _longLived;

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

    /// <summary>A client whose token is valid from a day ago (real time) for 400 days, whatever the fake clock says.</summary>
    public HttpClient Caller(string role, Guid? partnerId = null)
    {
        _longLived ??= new DevTokenIssuer(new AuthOptions { SigningKey = Servers.SigningKey }, new ShiftedClock(TimeSpan.FromDays(-1)), TimeSpan.FromDays(400));
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _longLived.Issue(role, "test", partnerId).Token);
        return client;
    }

    /// <summary>True once the service's inbox has applied the message (the inbox row commits with the effect).</summary>
    public async Task<bool> ConsumedAsync(Guid messageId) =>
        await Database.ScalarAsync<long>("SELECT count(*) FROM revenue.inbox_messages WHERE message_id = @p0", messageId) > 0;

    /// <summary>Outbox rows of an exchange for one aggregate.</summary>
    public async Task<long> OutboxCountAsync(string exchange, Guid aggregateId) =>
        await Database.ScalarAsync<long>("SELECT count(*) FROM revenue.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1", exchange, aggregateId);

    /// <summary>The JSON payload of the newest outbox row of an exchange for one aggregate.</summary>
    public Task<string?> OutboxPayloadAsync(string exchange, Guid aggregateId) =>
        Database.ScalarAsync<string>("SELECT body::text FROM revenue.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1 ORDER BY sequence DESC LIMIT 1", exchange, aggregateId);

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
