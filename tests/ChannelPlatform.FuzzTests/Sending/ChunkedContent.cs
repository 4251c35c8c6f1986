using System.Net;

namespace ChannelPlatform.FuzzTests.Sending;

/// <summary>A body of unknown length, so HttpClient sends it chunked with no Content-Length (as a streaming client would).</summary>
internal sealed class ChunkedContent(byte[] body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
