using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Infrastructure.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over RabbitMQ as transport only: explicit exchange names, one durable queue per
    /// consumer, short in-memory retries then <c>_error</c>, and a host that waits for the topology.
    /// </summary>
    public static IServiceCollection AddPlatformMessaging(this IServiceCollection services, IConfiguration configuration, string service, params Type[] consumers)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var rabbit = configuration.GetConnectionString("RabbitMq")
            ?? throw new InvalidOperationException("ConnectionStrings:RabbitMq is not configured.");
        var options = configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddSingleton(options);
        services.AddSingleton(new BrokerAddress(new Uri(rabbit)));
        if (options.DeclarePlatformTopology)
            services.AddHostedService(provider => new TopologyDeclarer(
                provider.GetRequiredService<BrokerAddress>(), options, service, provider.GetRequiredService<ILogger<TopologyDeclarer>>()));
        services.AddSingleton<ErrorQueueRedriver>();

        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry(); // no calls home: the network here is closed and watched
            foreach (var consumer in consumers)
                bus.AddConsumer(consumer);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(rabbit));
                cfg.MessageTopology.SetEntityNameFormatter(new ExchangeNameFormatter(cfg.MessageTopology.EntityNameFormatter));
                cfg.Publish<IIntegrationEvent>(p => p.Exclude = true);
                cfg.ConfigureJsonSerializerOptions(EventJson.NumbersAsNumbers);
                cfg.PrefetchCount = options.PrefetchCount;
                foreach (var consumer in consumers)
                {
                    var queue = ConsumerEndpoints.QueueFor(service, consumer);
                    cfg.ReceiveEndpoint(queue, endpoint =>
                    {
                        endpoint.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                        foreach (var (name, value) in options.QueueArguments(queue))
                            endpoint.SetQueueArgument(name, value);
                        endpoint.UseMessageRetry(retry =>
                        {
                            retry.Intervals(100, 500, 2000);
                            retry.Ignore<ValidationException>();
                            retry.Ignore<BusinessRuleViolationException>();
                            retry.Ignore<InvalidTransitionException>();
                        });
                        endpoint.ConfigureConsumer(context, consumer);
                    });
                }
            });
        });
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = options.StartTimeout;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}

public sealed record BrokerAddress(Uri Uri);
