namespace ChannelPlatform.Contracts;

/// <summary>
/// One platform service consuming one exchange through its own durable queue.
/// </summary>
/// <param name="Service">The consuming service: <c>partner</c>, <c>dealreg</c>, <c>enablement</c>, <c>revenue</c> or <c>webhooks</c>.</param>
/// <param name="Exchange">The exchange the queue is bound to, e.g. <c>dealreg.deal-won</c>.</param>
public sealed record ConsumerBinding(string Service, string Exchange)
{
    /// <summary>The durable queue this service reads the exchange from (see <see cref="QueueName"/>).</summary>
    public string Queue => QueueName(Service, Exchange);

    /// <summary>
    /// The queue naming rule of MESSAGING.md, <c>&lt;service&gt;.&lt;event&gt;</c>: the service, a dot, then the
    /// exchange's event part (<c>revenue</c> of <c>dealreg.deal-won</c> → <c>revenue.deal-won</c>).
    /// </summary>
    public static string QueueName(string service, string exchange)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(exchange);
        var dot = exchange.IndexOf('.', StringComparison.Ordinal);
        return $"{service}.{exchange[(dot + 1)..]}";
    }
}
