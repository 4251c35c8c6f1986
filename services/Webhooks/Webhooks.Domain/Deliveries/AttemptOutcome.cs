namespace Webhooks.Domain.Deliveries;

/// <summary>What one POST to the endpoint got: a status code (none when it never answered), how long it took, a snippet, an error.</summary>
public sealed record AttemptOutcome(int? StatusCode, long LatencyMs, string? ResponseSnippet, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>One line for the endpoint's last error: the status, or what went wrong before one came.</summary>
    public string Describe()
    {
        var text = StatusCode is { } status ? $"HTTP {status}" : Error ?? "no answer";
        return text.Length <= DeliveryAttempt.MaxSnippetLength ? text : text[..DeliveryAttempt.MaxSnippetLength];
    }
}
