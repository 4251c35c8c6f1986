using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.FuzzTests.Generation;
using ChannelPlatform.FuzzTests.Sending;

namespace ChannelPlatform.FuzzTests.Checks;

/// <summary>The rules of issue 11 over one exchange: no 5xx, ProblemDetails on every 4xx, no internals, fields named, bad input refused.</summary>
public static class ResponseRules
{
    /// <param name="baselineRejected">Operations whose own baseline is a 400: there a 400 may name another field.</param>
    public static IEnumerable<Violation> Check(Exchange exchange, IReadOnlySet<string> baselineRejected)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(baselineRejected);
        if (exchange.Status == 0)
        {
            yield return new Violation(Violation.NoAnswer, exchange, exchange.Failure ?? "no answer");
            yield break;
        }

        if (exchange.Status >= 500)
            yield return new Violation(Violation.ServerError, exchange, $"HTTP {exchange.Status}");
        if (Internals.Find(exchange.Body) is { } leak)
            yield return new Violation(Violation.Internals, exchange, leak);
        if (exchange.Status is >= 400 and < 500)
        {
            foreach (var violation in ProblemDetails(exchange, baselineRejected))
                yield return violation;
        }

        // A bulk answer is a 2xx whose rows carry their own errors: a rejected row was not accepted.
        if (exchange.Status is >= 200 and < 300 && exchange.Request.MustReject != MustReject.Nothing
            && !exchange.Body.Contains("\"errors\":{", StringComparison.Ordinal))
            yield return new Violation(Violation.Accepted, exchange, $"{exchange.Request.MustReject} accepted with {exchange.Status}");
    }

    private static IEnumerable<Violation> ProblemDetails(Exchange exchange, IReadOnlySet<string> baselineRejected)
    {
        if (exchange.MediaType != "application/problem+json")
        {
            var detail = $"Content-Type {exchange.MediaType ?? "(none)"}, {exchange.Body.Length} chars";
            yield return new Violation(Violation.NotProblemJson, exchange, detail);
            yield break;
        }

        var problem = Parse(exchange.Body);
        if (problem?["status"]?.GetValueKind() != JsonValueKind.Number || problem["status"]!.GetValue<int>() != exchange.Status
            || problem["title"]?.GetValueKind() != JsonValueKind.String)
        {
            yield return new Violation(Violation.IncompleteProblem, exchange, "status or title missing or wrong");
            yield break;
        }

        var field = exchange.Request.Field;
        if (exchange.Status == 400 && field is not null && !baselineRejected.Contains(exchange.Request.Operation.Name)
            && !Names(problem["errors"] as JsonObject, field))
            yield return new Violation(Violation.FieldNotNamed, exchange, $"errors {problem["errors"]?.ToJsonString() ?? "(none)"} for {field}");
    }

    /// <summary>
    /// Whether <c>errors</c> names the field, its parent (<c>customer</c> for <c>customer.country</c>), its children
    /// (<c>actionItems[0].owner</c> for <c>actionItems[0]</c>) or, for a whole-body fault, anything.
    /// </summary>
    private static bool Names(JsonObject? errors, string field)
    {
        if (errors is null || errors.Count == 0)
            return false;
        if (field == "*")
            return true;
        var wanted = Normalise(field);
        return errors.Select(e => Normalise(e.Key)).Any(key =>
            key == wanted || wanted.StartsWith(key + ".", StringComparison.Ordinal) || key.StartsWith(wanted + ".", StringComparison.Ordinal)
            || key.EndsWith("." + wanted, StringComparison.Ordinal)
            || key.Split('.')[^1] == wanted.Split('.')[^1]);
    }

    private static string Normalise(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name.TrimStart('$').TrimStart('.'), @"\[\d+\]", string.Empty).ToLowerInvariant();

    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
