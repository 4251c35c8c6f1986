using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Endpoints;

/// <summary>
/// A partner's receiver of signed deliveries: where, for which event types, with which signing secrets.
/// Secrets are held as the protected (encrypted) strings the application hands in; the aggregate never sees them in clear.
/// </summary>
public sealed partial class WebhookEndpoint : AggregateRoot
{
    public const int MaxEvents = 50;
    public const int MaxDescriptionLength = 500;

    private WebhookEndpoint()
    {
    }

    public Guid PartnerId { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public List<string> Events { get; private set; } = [];

    public string? Description { get; private set; }

    public bool Enabled { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>Why it is disabled: by its owner, or after failing for the grace period.</summary>
    public string? DisabledReason { get; private set; }

    public string ProtectedSecret { get; private set; } = string.Empty;

    /// <summary>The secret before the last rotation, still signing until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    /// <summary>When the current run of failed attempts began (null while deliveries succeed).</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookEndpoint Register(
        Guid partnerId, WebhookUrl url, IReadOnlyCollection<string> events, string? description, string protectedSecret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Url = url.Value,
            Events = CheckedEvents(events),
            Description = CheckedDescription(description),
            Enabled = true,
            ProtectedSecret = protectedSecret,
            CreatedAt = now,
            UpdatedAt = now,
        };
        endpoint.IncrementVersion();
        return endpoint;
    }

    public bool SubscribesTo(string eventType) => Enabled && Events.Contains(eventType, StringComparer.Ordinal);

    /// <summary>A partial update: what is null stays as it is. Enabling again clears the failure record.</summary>
    public void Update(WebhookUrl? url, IReadOnlyCollection<string>? events, string? description, bool? enabled, DateTimeOffset now)
    {
        if (url is not null)
            Url = url.Value;
        if (events is not null)
            Events = CheckedEvents(events);
        if (description is not null)
            Description = CheckedDescription(description);
        if (enabled == true && !Enabled)
            Enable();
        else if (enabled == false && Enabled)
            Disable("Disabled by its owner.", now);
        UpdatedAt = now;
        IncrementVersion();
    }

    /// <summary>The new secret signs from now on; the old one goes on signing beside it for <paramref name="overlap"/>.</summary>
    public void RotateSecret(string protectedSecret, TimeSpan overlap, DateTimeOffset now)
    {
        PreviousProtectedSecret = ProtectedSecret;
        PreviousSecretExpiresAt = now + overlap;
        ProtectedSecret = protectedSecret;
        UpdatedAt = now;
        IncrementVersion();
    }

    /// <summary>The secrets a delivery made at <paramref name="now"/> is signed with: the current one, and the previous one during the overlap.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTimeOffset now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    private void Enable()
    {
        Enabled = true;
        DisabledAt = null;
        DisabledReason = null;
        FailingSince = null;
    }

    private void Disable(string reason, DateTimeOffset now)
    {
        Enabled = false;
        DisabledAt = now;
        DisabledReason = reason;
    }

    private static List<string> CheckedEvents(IReadOnlyCollection<string>? events)
    {
        if (events is null || events.Count == 0)
            throw new InvalidValueException("events", "'events' must name at least one event type.");
        if (events.Count > MaxEvents)
            throw new InvalidValueException("events", $"'events' must name at most {MaxEvents} event types.");
        var unknown = events.Where(e => !WebhookEventTypes.IsKnown(e)).ToList();
        if (unknown.Count > 0)
            throw new InvalidValueException("events", $"Unknown event types: {string.Join(", ", unknown)}. Known: {string.Join(", ", WebhookEventTypes.All)}.");
        return events.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? CheckedDescription(string? description)
    {
        if (description is not null && description.Length > MaxDescriptionLength)
            throw new InvalidValueException("description", $"'description' must be at most {MaxDescriptionLength} characters.");
        return string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}
