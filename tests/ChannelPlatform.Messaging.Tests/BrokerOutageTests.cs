using System.Diagnostics;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Xunit.Abstractions;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// MESSAGING.md test 4: the broker goes away during a load → every event arrives once it is back and
/// no relay hangs. The shared RabbitMQ cannot be stopped (other classes use it), so the outage is what
/// this service sees of one: its virtual host refuses new connections (<c>max-connections</c> 0) and
/// every open one is forced closed, again and again (the management API lists connections a few
/// seconds late), while partners are created; then the broker "comes back". The relay's publish
/// timeout is 3 s here (10 s by default), so the outage outlasts several hung publishes.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class BrokerOutageTests(ShortPublishTimeoutFixture service, ITestOutputHelper output) : IClassFixture<ShortPublishTimeoutFixture>
{
    private const string Tap = "test.tap.prospect-created";
    private static readonly TimeSpan MinimumOutage = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Every_event_of_a_load_arrives_once_the_broker_is_back_and_the_relay_does_not_hang()
    {
        // A durable queue of its own keeps what is published across the outage, like a real consumer's queue.
        await service.Probe.DeclareTapAsync(Tap, ProspectCreated);
        var manager = service.Manager();
        var clock = Stopwatch.StartNew();

        // The broker goes down for this service.
        await service.Probe.RefuseConnectionsAsync();
        using var restore = new CancellationTokenSource();
        var closed = 0;
        var down = Task.Run(async () =>
        {
            while (!restore.IsCancellationRequested)
            {
                Interlocked.Add(ref closed, await service.Probe.CloseConnectionsAsync());
                await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
            }
        });
        long undispatchedWhileDown, failedWhileDown;
        var created = new List<Guid>();
        try
        {
            await Eventually.True(() => Task.FromResult(Volatile.Read(ref closed) > 0), TimeSpan.FromSeconds(20), "the service's broker connection forced closed");
            var downSince = clock.Elapsed;

            // 50 partners while it is down (a request writes only to PostgreSQL, so none of them fails).
            for (var i = 0; i < 50; i++)
                created.Add(await manager.CreateProspectAsync());
            var remaining = MinimumOutage - (clock.Elapsed - downSince);
            if (remaining > TimeSpan.Zero)
                await Task.Delay(remaining); // the outage lasts at least twelve seconds
            undispatchedWhileDown = await service.Outbox.UndispatchedAsync();
            failedWhileDown = await service.Outbox.CountAsync("attempts > 0");
            // Reported: a batch's publishes time out together, so a claim transaction lasts about one PublishTimeout.
            var oldestTransaction = await service.Database.ScalarAsync<double>(
                "SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL");
            output.WriteLine($"oldest open transaction at the end of the outage: {oldestTransaction:0.0} s");
            output.WriteLine($"down from {downSince} to {clock.Elapsed}: {Volatile.Read(ref closed)} connections forced closed, {undispatchedWhileDown} rows waiting, {failedWhileDown} of them failed at least once");
        }
        finally
        {
            await restore.CancelAsync();
            await down;
            await service.Probe.AcceptConnectionsAsync();
        }

        undispatchedWhileDown.ShouldBe(50); // nothing got out: the outage was real
        failedWhileDown.ShouldBeGreaterThan(0); // hung publishes timed out and backed off instead of blocking the relay

        // Back: the relay must get every row out (failed rows back off 2 s, 4 s, 8 s ...; none may stay stuck).
        var backAt = clock.Elapsed;
        var received = new List<ParkedMessage>();
        await Eventually.True(
            async () =>
            {
                received.AddRange(await service.Probe.TakeAllAsync(Tap));
                return created.All(id => received.Any(m => PartnerOf(m) == id));
            },
            TimeSpan.FromSeconds(90),
            "a prospect-created event for each of the 50 partners");
        output.WriteLine($"all 50 events received {clock.Elapsed - backAt} after the broker came back");
        await Eventually.True(async () => await service.Outbox.UndispatchedAsync() == 0, TimeSpan.FromSeconds(30), "no undispatched outbox row");

        (await service.Outbox.CountAsync("dead_at IS NOT NULL")).ShouldBe(0); // MaxAttempts is 1: no outage failure counted
        (await service.Outbox.CountAsync("rejections > 0")).ShouldBe(0);
        (await service.Database.ScalarAsync<int>("SELECT max(attempts) FROM partner.outbox_messages")).ShouldBeGreaterThanOrEqualTo(2);
        received.Select(PartnerOf).Distinct().Count().ShouldBe(50);
        // A publish confirmed after its timeout may go out twice, but always under the row's own message id.
        foreach (var group in received.GroupBy(PartnerOf))
            group.Select(m => m.MessageId).Distinct().ShouldHaveSingleItem();
        output.WriteLine($"{received.Count} deliveries for 50 events; rows that failed at least once: {await service.Outbox.CountAsync("attempts > 0")}, max attempts {await service.Database.ScalarAsync<int>("SELECT max(attempts) FROM partner.outbox_messages")}");
    }

    private static Guid? PartnerOf(ParkedMessage m) =>
        Guid.TryParse(m.Envelope?["message"]?["partnerId"]?.GetValue<string>(), out var id) ? id : null;
}
