namespace ChannelPlatform.Gateway.Scorecards;

internal enum PartStatus
{
    Ok,

    /// <summary>The service answered 404: it has nothing about this id.</summary>
    NotFound,

    /// <summary>The service answered 403: the caller's role may not read this part.</summary>
    Forbidden,

    /// <summary>Down, slow, circuit open, or an answer the gateway cannot read.</summary>
    Unavailable,
}

/// <summary>One downstream answer of a composed scorecard.</summary>
internal sealed record Part<T>(string Service, PartStatus Status, T? Value) : IPart
    where T : class
{
    public static Part<T> Ok(string service, T value) => new(service, PartStatus.Ok, value);

    public static Part<T> Not(string service, PartStatus status) => new(service, status, null);
}

internal static class Parts
{
    /// <summary>The services (each once, in order) that did not answer in time.</summary>
    public static IReadOnlyList<string> Unavailable(params IPart[] parts) =>
        parts.Where(p => p.Status == PartStatus.Unavailable).Select(p => p.Service).Distinct(StringComparer.Ordinal).ToList();
}

internal interface IPart
{
    string Service { get; }

    PartStatus Status { get; }
}
