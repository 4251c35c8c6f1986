using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Sending;

/// <summary>A request, where it went, and what came back: a status (0 when nothing did), the media type, the body, the header names.</summary>
public sealed record Exchange(
    FuzzRequest Request, Uri Server, int Status, string? MediaType, string Body, IReadOnlySet<string> HeaderNames, string? Failure)
{
    public static Exchange Failed(FuzzRequest request, Uri server, string failure) =>
        new(request, server, 0, null, string.Empty, new HashSet<string>(), failure);

    public string StatusClass => Status == 0 ? "no answer" : $"{Status / 100}xx";
}
