using System.Text;
using ChannelPlatform.FuzzTests.Checks;
using ChannelPlatform.FuzzTests.Generation;
using ChannelPlatform.FuzzTests.Platform;
using ChannelPlatform.FuzzTests.Sending;

namespace ChannelPlatform.FuzzTests.Regressions;

/// <summary>The focused tests' requests: a documented operation with a real path, sent through the gateway as the run sends them.</summary>
internal static class Requests
{
    public static FuzzRequest To(this FuzzPlatform platform, string operation, Caller? caller = null, string? target = null, string? json = null)
    {
        var documented = platform.Operations.Single(o => o.Name == operation);
        var path = target ?? platform.World.Ids.Fill(documented.Path);
        return new FuzzRequest(documented, "regression", operation, path, caller ?? platform.World.Callers.Manager)
        {
            Body = json is null ? null : Encoding.UTF8.GetBytes(json),
        };
    }

    public static Task<Exchange> SendAsync(this FuzzPlatform platform, FuzzRequest request) =>
        new RequestSender(platform.Http, r => platform.BaseFor(r.Operation), TimeSpan.FromSeconds(10)).SendAsync(request);

    /// <summary>One of the statuses, by the run's rules: a 4xx as ProblemDetails, no internals, a 400 for a field naming it.</summary>
    public static void ShouldAnswer(this Exchange exchange, params int[] statuses)
    {
        var answer = $"HTTP {exchange.Status} {exchange.MediaType}: {exchange.Body[..Math.Min(400, exchange.Body.Length)]}";
        exchange.Status.ShouldBeOneOf(statuses, answer);
        ResponseRules.Check(exchange, new HashSet<string>()).Select(v => $"{v.Category}: {v.Detail}").ShouldBeEmpty(answer);
    }
}
