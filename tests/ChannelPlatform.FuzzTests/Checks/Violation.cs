using ChannelPlatform.FuzzTests.Sending;

namespace ChannelPlatform.FuzzTests.Checks;

/// <summary>One broken rule of one exchange; <see cref="Category"/> groups the report.</summary>
public sealed record Violation(string Category, Exchange Exchange, string Detail)
{
    public const string ServerError = "5xx answer";
    public const string NoAnswer = "no answer (timeout or connection dropped)";
    public const string NotProblemJson = "4xx not application/problem+json";
    public const string IncompleteProblem = "4xx ProblemDetails without status/title";
    public const string Internals = "internals in the body";
    public const string FieldNotNamed = "400 without errors naming the field";
    public const string Accepted = "bad input accepted (2xx)";
}
