using System.Net.Http.Headers;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Testing;
using Enablement.Api;
using Enablement.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Enablement.IntegrationTests;

/// <summary>
/// The Enablement service on its own database and virtual host, once per test class, on a clock the
/// tests move. The background expiry job is off: tests run the expiry command when they mean to.
/// </summary>
public sealed class EnablementServiceFixture : ServiceFixture<EnablementApi>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private DevTokenIssuer? _longLived;

    protected override string Prefix => "enablement";

    protected override FakeTimeProvider Clock => _clock;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public void Advance(TimeSpan by) => _clock.Advance(by);

    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Expiry:Enabled"] = "false" };

    /// <summary>
    /// A client whose token is valid from a day ago (real time) for 400 days, so it authenticates
    /// whether the service checks lifetimes on the wall clock or on the fake clock moved by months.
    /// </summary>
    public HttpClient Caller(string role, Guid? partnerId = null)
    {
        _longLived ??= new DevTokenIssuer(new AuthOptions { SigningKey = Servers.SigningKey }, new ShiftedClock(TimeSpan.FromDays(-1)), TimeSpan.FromDays(400));
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _longLived.Issue(role, "test", partnerId).Token);
        return client;
    }

    /// <summary>One run of the daily expiry, as the background job would run it.</summary>
    public async Task<int> ExpireAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCertificationsCommand());
    }

    /// <summary>True once the service's inbox has applied the message (the inbox row commits with the effect).</summary>
    public async Task<bool> ConsumedAsync(Guid messageId) =>
        await Database.ScalarAsync<long>("SELECT count(*) FROM enablement.inbox_messages WHERE message_id = @p0", messageId) > 0;

    /// <summary>Outbox rows of an exchange for one aggregate.</summary>
    public async Task<long> OutboxCountAsync(string exchange, Guid aggregateId) =>
        await Database.ScalarAsync<long>("SELECT count(*) FROM enablement.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1", exchange, aggregateId);

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
