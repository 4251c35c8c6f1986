using Webhooks.Domain.Deliveries;

namespace Webhooks.Application;

/// <summary>Section <c>Webhooks</c>: outbound safety, retries and the dispatcher.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Plain http endpoints; honoured in Development only (a receiver on the same machine).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Loopback, private, link-local and other non-public addresses (refused unless set).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Base64 of a 32-byte key that encrypts signing secrets at rest (required outside Development).</summary>
    public string? SecretKey { get; set; }

    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan RetryBaseDelay { get; set; } = RetrySchedule.Default.BaseDelay;

    public TimeSpan RetryMaxDelay { get; set; } = RetrySchedule.Default.MaxDelay;

    public TimeSpan RetryWindow { get; set; } = RetrySchedule.Default.Window;

    /// <summary>An endpoint whose deliveries all failed for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxEndpointsPerPartner { get; set; } = 10;

    public DispatcherOptions Dispatcher { get; set; } = new();

    public RetrySchedule Retries => new(RetryBaseDelay, RetryMaxDelay, RetryWindow);
}

/// <summary>How the dispatcher claims work: a batch at a time, each row leased so a crashed replica's rows come back.</summary>
public sealed class DispatcherOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claimed row is kept from other replicas: longer than the HTTP timeout.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}
