using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// One named HttpClient per downstream service, each with its own resilience pipeline:
/// retry (few, short, jittered) → circuit breaker → per-attempt timeout. The overall budget is
/// the composer's, so a slow service costs at most the budget, never the caller's patience.
/// </summary>
internal static class DownstreamRegistration
{
    public static string ClientName(string service) => $"scorecard-{service}";

    public static IServiceCollection AddScorecards(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Scorecard").Get<ScorecardOptions>() ?? new ScorecardOptions();
        services.AddSingleton(options);
        services.AddSingleton<Downstream>();
        services.AddSingleton<ProgramScorecardComposer>();
        services.AddSingleton<PartnerScorecardComposer>();
        var configured = Routing.PrefixesByService.Keys.Where(s => ServiceAddresses.Of(configuration, s).Count > 0).ToList();
        services.AddSingleton(new ConfiguredServices(configured));
        foreach (var service in configured)
        {
            var address = ServiceAddresses.Of(configuration, service)[0];
            var client = services.AddHttpClient(ClientName(service), c =>
            {
                c.BaseAddress = new Uri(address);
                c.Timeout = Timeout.InfiniteTimeSpan; // the pipeline and the budget decide
            });
            client.AddResilienceHandler("scorecard", pipeline => Configure(pipeline, options));
            client.AddHttpMessageHandler(sp => new ReplicaHandler(service, sp.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>())); // each attempt
        }

        return services;
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ScorecardOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false, // a Retry-After of seconds would outlast the budget
            });
        }

        pipeline
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.Breaker.FailureRatio,
                MinimumThroughput = options.Breaker.MinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.Breaker.SamplingSeconds),
                BreakDuration = TimeSpan.FromMilliseconds(options.Breaker.BreakMilliseconds),
            })
            .AddTimeout(TimeSpan.FromMilliseconds(options.AttemptTimeoutMilliseconds));
    }
}
