using System.Text;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Testing;
using Partners.Api;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// A broker an earlier version ran on holds classic consumer queues (no arguments); the quorum declaration of ADR 0014
/// is refused on them (406), which stopped every service starting. The migrate command upgrades them, keeping their
/// messages; a queue a consumer still reads is left alone; a service whose own queue is still classic says what to run.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class QueueUpgradeTests : IAsyncLifetime
{
    private const string Queue = "dealreg.activated"; // DealRegistration's queue of partner.activated
    private const string EventExchange = "partner.activated";
    private static readonly Dictionary<string, object?> Classic = [];
    private TestDatabase _database = null!;
    private TestVirtualHost _broker = null!;
    private TestEnvironment.Servers _servers = null!;
    private IConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _servers = await TestEnvironment.GetAsync();
        _database = await TestDatabase.CreateAsync(_servers.PostgresAdmin, "upgrade");
        _broker = await TestVirtualHost.CreateAsync(_servers.Amqp, _servers.RabbitManagement, "upgrade");
        _connection = await new ConnectionFactory { Uri = _broker.Amqp }.CreateConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_migrate_command_makes_classic_queues_quorum_keeping_their_messages_and_the_services_then_start()
    {
        await DeclareOldLayoutAsync(Queue);
        await DeclareOldLayoutAsync("partner.booked");
        var waiting = await PublishAsync(EventExchange, 3);
        var schemaOnly = Settings();
        schemaOnly.Remove("ConnectionStrings:RabbitMq");
        (await ServiceProcess.RunAsync("services/Partners/Partners.Api", schemaOnly, "migrate")).ExitCode.ShouldBe(0);
        await using (var refused = App())
            Should.Throw<InvalidOperationException>(() => _ = refused.Server).Message.ShouldContain("run the migrate command first");

        var run = await ServiceProcess.RunAsync("services/Partners/Partners.Api", Settings(), "migrate");

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain($"Queue {Queue}: redeclared with the platform's arguments, 3 message(s) kept.");
        (await AcceptsAsync(Queue, new MessagingOptions().QueueArguments(Queue))).ShouldBeTrue("now a quorum queue");
        (await AcceptsAsync(Queue, Classic)).ShouldBeFalse("no longer the classic one");
        (await AcceptsAsync("partner.booked", Classic)).ShouldBeFalse();
        var later = await PublishAsync(EventExchange, 1); // the event exchange still reaches the queue
        (await DrainAsync(Queue)).ShouldBe(waiting.Concat(later), "every message kept, in order, with its id and body");
        await using var app = App();
        _ = app.Server; // starts: its own queue is the platform's now
    }

    [Fact]
    public async Task A_queue_a_consumer_still_reads_is_left_alone_and_a_second_run_finds_nothing_to_do()
    {
        await DeclareOldLayoutAsync(Queue);
        await using var reader = await _connection.CreateChannelAsync();
        await reader.BasicConsumeAsync(Queue, autoAck: false, new AsyncEventingBasicConsumer(reader));
        var log = new StringWriter();

        var upgraded = await QueueUpgrade.RunAsync(_broker.Amqp, new MessagingOptions(), log);

        upgraded.ShouldNotContain(Queue);
        upgraded.ShouldContain("dealreg.activated_error");
        log.ToString().ShouldContain($"Queue {Queue}: declared with other arguments, but 1 consumer(s) still read it");
        (await AcceptsAsync(Queue, Classic)).ShouldBeTrue("untouched");
        await reader.CloseAsync();
        (await QueueUpgrade.RunAsync(_broker.Amqp, new MessagingOptions(), TextWriter.Null)).ShouldBe(new[] { Queue });
        (await QueueUpgrade.RunAsync(_broker.Amqp, new MessagingOptions(), TextWriter.Null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_stopped_half_way_has_its_held_messages_moved_back_by_the_next()
    {
        await QueueUpgrade.RunAsync(_broker.Amqp, new MessagingOptions(), TextWriter.Null);
        await using (var channel = await _connection.CreateChannelAsync())
            await channel.QueueDeclareAsync(Queue + ".upgrading", durable: true, exclusive: false, autoDelete: false);
        var held = await PublishAsync(string.Empty, 2, Queue + ".upgrading");

        (await QueueUpgrade.RunAsync(_broker.Amqp, new MessagingOptions(), TextWriter.Null)).ShouldBeEmpty();

        (await DrainAsync(Queue)).ShouldBe(held);
        (await _broker.QueueExistsAsync(Queue + ".upgrading")).ShouldBeFalse();
    }

    /// <summary>The layout of the version before quorum queues: the same exchanges and bindings, classic queues.</summary>
    private async Task DeclareOldLayoutAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        var binding = Contracts.IntegrationEventCatalog.Consumers.Single(b => b.Queue == queue);
        foreach (var name in new[] { queue + "_error", queue })
        {
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true);
            await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, Classic);
            await channel.QueueBindAsync(name, name, string.Empty);
        }

        await channel.ExchangeDeclareAsync(binding.Exchange, ExchangeType.Fanout, durable: true);
        await channel.ExchangeBindAsync(queue, binding.Exchange, string.Empty);
    }

    private async Task<List<string>> PublishAsync(string exchange, int count, string routingKey = "")
    {
        var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var channel = await _connection.CreateChannelAsync(options);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString();
            var properties = new BasicProperties { MessageId = id, Persistent = true };
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"));
            ids.Add(id);
        }

        return ids;
    }

    private async Task<List<string>> DrainAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        var ids = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            message.BasicProperties.Persistent.ShouldBeTrue();
            Encoding.UTF8.GetString(message.Body.Span).ShouldContain(message.BasicProperties.MessageId!);
            ids.Add(message.BasicProperties.MessageId!);
        }

        return ids;
    }

    /// <summary>Whether the broker takes this declaration of the queue (406 when it exists with other arguments).</summary>
    private async Task<bool> AcceptsAsync(string queue, Dictionary<string, object?> arguments)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments);
            return true;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 406)
        {
            return false;
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Service"] = _database.ConnectionString,
        ["ConnectionStrings:RabbitMq"] = _broker.Amqp.ToString(),
        ["Auth:SigningKey"] = _servers.SigningKey,
        ["Database:MigrateOnStartup"] = "false",
    };

    private ServiceApp<PartnersApi> App() => new(Settings(), environment: "Development");
}
