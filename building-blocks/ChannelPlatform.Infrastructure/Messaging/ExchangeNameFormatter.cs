using System.Reflection;
using ChannelPlatform.Contracts;
using MassTransit;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>Integration events go to their explicit, stable exchange (EVENTS.md); anything else keeps MassTransit's name.</summary>
internal sealed class ExchangeNameFormatter(IEntityNameFormatter fallback) : IEntityNameFormatter
{
    public string FormatEntityName<T>() =>
        typeof(T).GetCustomAttribute<ExchangeAttribute>()?.Name ?? fallback.FormatEntityName<T>();
}
