using System.Net.Http.Headers;
using ChannelPlatform.Testing;
using DealRegistration.Api;
using DealRegistration.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// The DealRegistration service on its own database and virtual host, once per test class, on a
/// clock the tests move. The background sweep is off: tests run it when they mean to.
/// </summary>
public sealed class DealServiceFixture : ServiceFixture<DealRegistrationApi>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override string Prefix => "dealreg";

    protected override FakeTimeProvider Clock => _clock;

    /// <summary>The service's clock: it stands still until a test advances it.</summary>
    public FakeTimeProvider Time => _clock;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public void Advance(TimeSpan by) => _clock.Advance(by);

    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Sweep:Enabled"] = "false" };

    public HttpClient ClientNamed(string name, string role, Guid? partnerId = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId, name));
        return client;
    }

    /// <summary>One pass of the time-driven rules, as the background sweep would run it.</summary>
    public async Task<SweepResult> SweepAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunSweepCommand());
    }

    /// <summary>Outbox rows of an exchange for one aggregate, and how many of them are still unpublished.</summary>
    public async Task<(long Total, long Pending)> OutboxAsync(string exchange, Guid aggregateId) =>
        (await Database.ScalarAsync<long>("SELECT count(*) FROM dealreg.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1", exchange, aggregateId),
         await Database.ScalarAsync<long>("SELECT count(*) FROM dealreg.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1 AND dispatched_at IS NULL", exchange, aggregateId));
}
