using System.Globalization;
using System.Text;
using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Sending;

/// <summary>An HTTP/1.1 answer read off a socket: status line, headers, and the body (de-chunked when it was chunked).</summary>
internal static class RawAnswer
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    public static Exchange Parse(FuzzRequest request, Uri server, byte[] bytes)
    {
        var headEnd = bytes.AsSpan().IndexOf(HeadEnd);
        if (bytes.Length == 0 || headEnd < 0)
            return Exchange.Failed(request, server, bytes.Length == 0 ? "connection closed without an answer" : "an answer without a complete head");
        var lines = Encoding.Latin1.GetString(bytes, 0, headEnd).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
        var body = bytes[(headEnd + HeadEnd.Length)..];
        if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = Dechunk(body);
        var mediaType = headers.GetValueOrDefault("content-type")?.Split(';')[0].Trim();
        return new Exchange(request, server, status, mediaType, Encoding.UTF8.GetString(body), headers.Keys.ToHashSet(), null);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        var result = new List<byte>();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
                break;
            var sizeText = Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
                break;
            var start = position + lineEnd + 2;
            result.AddRange(chunked.AsSpan(start, Math.Min(size, chunked.Length - start)).ToArray());
            position = start + size + 2;
        }

        return [.. result];
    }
}
