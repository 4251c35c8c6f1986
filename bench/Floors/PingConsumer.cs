using System.Diagnostics;
using MassTransit;

namespace Bench.Floors;

internal sealed class PingConsumer(Arrivals arrivals) : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context)
    {
        arrivals.Add(context.Message.Number, Stopwatch.GetElapsedTime(context.Message.SentAt));
        return Task.CompletedTask;
    }
}
