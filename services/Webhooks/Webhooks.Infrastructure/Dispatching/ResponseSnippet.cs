using System.Text;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>The first bytes of an answer, as text without control characters: enough to debug, never the whole body.</summary>
internal static class ResponseSnippet
{
    public static async Task<string?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var read = 0;
        while (read < maxBytes)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, maxBytes - read), cancellationToken);
            if (n == 0)
                break;
            read += n;
        }

        if (read == 0)
            return null;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return new string(text.Select(c => char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c).ToArray()).TrimEnd('\uFFFD');
    }
}
