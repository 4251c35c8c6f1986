using ChannelPlatform.FuzzTests.Checks;
using ChannelPlatform.FuzzTests.Sending;

namespace ChannelPlatform.FuzzTests.Reporting;

/// <summary>Everything a run saw, collected from concurrent senders: figures by status class and operation, violations, allowed answers.</summary>
public sealed class FuzzReport
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _byStatusClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _byOperation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _allowed = new(StringComparer.Ordinal);
    private readonly List<Violation> _violations = [];

    public int Total { get; private set; }

    /// <summary>Each operation's baseline: the role whose mutations it gets, and the status its valid-ish request got.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Baselines { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Violation> Violations
    {
        get
        {
            lock (_gate)
                return [.. _violations];
        }
    }

    public IReadOnlyDictionary<string, int> ByStatusClass => _byStatusClass;

    public IReadOnlyDictionary<string, Dictionary<string, int>> ByOperation => _byOperation;

    public IReadOnlyDictionary<string, int> Allowed => _allowed;

    public void Add(Exchange exchange, IReadOnlyList<Violation> violations, string? allowedBecause)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        lock (_gate)
        {
            Total++;
            Count(_byStatusClass, exchange.StatusClass);
            var operation = exchange.Request.Operation.Name;
            if (!_byOperation.TryGetValue(operation, out var classes))
                _byOperation[operation] = classes = new Dictionary<string, int>(StringComparer.Ordinal);
            Count(classes, exchange.StatusClass);
            if (allowedBecause is not null)
                Count(_allowed, allowedBecause);
            else
                _violations.AddRange(violations);
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
