using System.Collections.Concurrent;
using System.Globalization;
using ChannelPlatform.Testing;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>
/// Ids of resources that exist, by the path template of their collection (<c>/api/v1/partners/{id}/contacts</c>),
/// and the paths of operations filled with them (a random UUID where none exists: that request meets a 404).
/// </summary>
public sealed class RealIds
{
    private readonly ConcurrentDictionary<string, Guid> _byCollection = new(StringComparer.Ordinal);

    public int Count => _byCollection.Count;

    public IEnumerable<string> Collections => _byCollection.Keys;

    public void Record(string collection, Guid id) => _byCollection.TryAdd(collection, id);

    public bool Has(string collection) => _byCollection.ContainsKey(collection);

    /// <summary>The id for a field or parameter named after its resource: <c>submittedByContact</c> → a contact's.</summary>
    public Guid? ForName(string resource) =>
        _byCollection.Where(c => resource.EndsWith(Singular(c.Key), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Key.Count(ch => ch == '{')).ThenBy(c => c.Key.Length)
            .Select(c => (Guid?)c.Value).FirstOrDefault();

    /// <summary>The operation's path with every parameter filled: real ids where known, else what the value means.</summary>
    public string Fill(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var original = template.Split('/');
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is not ['{', .., '}'])
                continue;
            var name = segments[i][1..^1];
            segments[i] = Value(name, string.Join('/', original[..i]));
        }

        return string.Join('/', segments);
    }

    private string Value(string name, string collection)
    {
        if (_byCollection.TryGetValue(collection, out var id))
            return id.ToString();
        return name switch
        {
            "id" => (ForName(Singular(collection)) ?? Guid.NewGuid()).ToString(),
            "tier" => "Silver",
            "queue" => "fuzz-queue",
            "currency" => "EUR",
            "date" => MidQuarterClock.Instance.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when name.EndsWith("Id", StringComparison.Ordinal) => (ForName(name[..^2]) ?? Guid.NewGuid()).ToString(),
            _ => "fuzz",
        };
    }

    /// <summary>"/api/v1/deals/{id}/cosell-requests" → "request"; "…/deliveries" → "delivery".</summary>
    private static string Singular(string collection)
    {
        var last = collection.Split('/')[^1].Split('-')[^1];
        return last.EndsWith("ies", StringComparison.Ordinal) ? last[..^3] + "y" : last.TrimEnd('s');
    }
}
