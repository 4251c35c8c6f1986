using ChannelPlatform.FuzzTests.Api;
using ChannelPlatform.FuzzTests.Platform;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// Draws the requests of a run from one seeded <see cref="Random"/>: operations in turn, so each gets its share, and
/// for each a mutation of its baseline (sent by the caller its baseline works for), with an odd Accept laid over a third.
/// </summary>
public sealed class RequestGenerator(int seed, World world, IReadOnlyDictionary<string, Caller> preferred)
{
    private readonly Random _random = new(seed);

    public FuzzRequest Baseline(Operation operation, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = Baselines.Body(operation, world.Ids);
        return new FuzzRequest(operation, "baseline", "none", world.Ids.Fill(operation.Path), caller)
        {
            Body = body is null ? null : Baselines.Bytes(body),
        };
    }

    public IEnumerable<FuzzRequest> Draw(IReadOnlyList<Operation> operations, int count)
    {
        ArgumentNullException.ThrowIfNull(operations);
        for (var i = 0; i < count; i++)
            yield return Next(operations[i % operations.Count]);
    }

    private FuzzRequest Next(Operation operation)
    {
        var caller = preferred.GetValueOrDefault(operation.Name, world.Callers.Manager);
        var baseline = Baseline(operation, caller);
        var body = baseline.Body is null ? null : System.Text.Json.Nodes.JsonNode.Parse(baseline.Body);
        var roll = _random.Next(100);
        var request = roll switch
        {
            < 4 => baseline,
            < 12 => Auth(baseline),
            < 42 when body is not null => BodyFieldMutations.Apply(baseline, body, _random),
            < 52 when body is not null => BodyMutations.Apply(baseline, body, _random),
            < 67 => QueryMutations.Apply(baseline, _random),
            < 75 => PathMutations.Apply(baseline, operation.Path, _random),
            < 85 => HeaderMutations.Apply(baseline, _random),
            < 88 => RawRequests.Apply(baseline, _random),
            _ => QueryMutations.Apply(baseline, _random),
        };
        if (request.Raw is null && _random.Next(3) == 0)
            request = HeaderMutations.Accept(request, _random);
        if (request.Raw is null && request.Headers.Values.Any(NotSendable))
            request = RawRequests.Encode(request);
        // What Kestrel's parser refuses is sent to the gateway only, where KnownExceptions can tell its answers apart.
        var parserLevel = request.Raw is not null || request.Target.Split('?')[0].Contains("%00", StringComparison.Ordinal);
        return parserLevel && !operation.Routed ? QueryMutations.Apply(baseline, _random) : request;
    }

    private FuzzRequest Auth(FuzzRequest baseline)
    {
        var callers = world.Callers.Broken.Concat(world.Callers.Valid).ToList();
        var caller = callers[_random.Next(callers.Count)];
        return baseline with { Category = "caller", Mutation = caller.Name, Caller = caller };
    }

    /// <summary>HttpClient refuses control characters and non-ASCII in header values: those go as raw bytes.</summary>
    private static bool NotSendable(string value) => value.Any(c => c < 0x20 || c > 0x7E);
}
