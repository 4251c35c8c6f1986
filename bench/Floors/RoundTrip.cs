using System.Diagnostics;
using System.Text.Json;
using MassTransit;

namespace Bench.Floors;

/// <summary>
/// The broker's floor for an event: MassTransit publishes (persistent, with publisher confirms, as the outbox relay
/// does) to a durable quorum queue on the same broker (the platform's queues are quorum queues), an in-process consumer
/// notes the arrival. Paced at a fixed rate after a discarded warm-up, so it compares with a steady load of platform
/// events rather than with a burst.
/// </summary>
internal static class RoundTrip
{
    private const int WarmUp = 100;

    public static async Task<int> RunAsync(Uri broker, int count, int rate)
    {
        var arrivals = new Arrivals(WarmUp + count);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(arrivals);
        builder.Services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry(); // no calls home
            bus.AddConsumer<PingConsumer>();
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker);
                cfg.ReceiveEndpoint("bench-floors-roundtrip", e =>
                {
                    e.PurgeOnStartup = true;
                    e.SetQueueArgument("x-queue-type", "quorum"); // as the platform's consumer queues (MessagingOptions.QueueType)
                    e.ConfigureConsumer<PingConsumer>(context);
                });
            });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var publisher = host.Services.GetRequiredService<IBus>();
        var pace = TimeSpan.FromSeconds(1.0 / rate);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < WarmUp + count; i++)
        {
            var due = (pace * i) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            await publisher.Publish(new Ping(i, Stopwatch.GetTimestamp()));
        }

        await arrivals.AllIn.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { }, TaskScheduler.Default);
        await host.StopAsync();
        Console.WriteLine(JsonSerializer.Serialize(arrivals.Summary(WarmUp, count, rate)));
        return 0;
    }
}
