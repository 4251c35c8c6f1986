using System.Net.Sockets;
using System.Text;
using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Sending;

/// <summary>Writes a request's raw bytes on a fresh connection (<c>Connection: close</c>) and parses the answer.</summary>
internal static class RawSocket
{
    public static async Task<Exchange> SendAsync(FuzzRequest request, Uri server, CancellationToken cancellation)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellation);
        var stream = client.GetStream();
        var bytes = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(request.Raw!).Replace("{host}", server.Authority, StringComparison.Ordinal));
        try
        {
            await stream.WriteAsync(bytes, cancellation);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything (an oversized request line): read what it said.
        }

        using var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer, cancellation);
        }
        catch (IOException) when (answer.Length > 0)
        {
            // Reset after the answer was written.
        }

        return RawAnswer.Parse(request, server, answer.ToArray());
    }
}
