namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// A value as raw JSON text, so that what no serializer writes (a lone surrogate escape, a number past any .NET type,
/// NaN) can still be sent. <see cref="Reject"/> says whether the contract refuses it outright.
/// </summary>
public sealed record BadValue(string Label, string Json, MustReject Reject = MustReject.Nothing)
{
    public static BadValue Text(string label, string value, MustReject reject = MustReject.Nothing) =>
        new(label, System.Text.Json.JsonSerializer.Serialize(value), reject);

    /// <summary>A string whose JSON escapes are written as given (e.g. <c>\ud800</c>, which is not valid UTF-16).</summary>
    public static BadValue Escaped(string label, string escapedContent, MustReject reject = MustReject.Nothing) =>
        new(label, $"\"{escapedContent}\"", reject);
}
