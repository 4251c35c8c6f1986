using System.Net.Http.Headers;
using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Sending;

/// <summary>
/// Sends a generated request through the gateway (or, for the operations it does not route, to the service's own
/// port) and reads the whole answer; a request that gets no answer within the timeout is an exchange with status 0.
/// </summary>
public sealed class RequestSender(HttpClient http, Func<FuzzRequest, Uri> baseFor, TimeSpan timeout)
{
    private const int LargeBody = 1_048_576;

    public async Task<Exchange> SendAsync(FuzzRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (request.Raw is not null)
                return await RawSocket.SendAsync(request, baseFor(request), deadline.Token);
            try
            {
                return await OverHttpAsync(request, deadline.Token);
            }
            catch (HttpRequestException)
            {
                // A pooled connection the server had just closed (after an oversized or malformed request on it): any
                // client sends again on a new one. A second failure is the server's.
                return await OverHttpAsync(request, deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return Exchange.Failed(request, baseFor(request), $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Exchange.Failed(request, baseFor(request), $"connection failed: {e.Message}");
        }
    }

    private async Task<Exchange> OverHttpAsync(FuzzRequest request, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(request.Method, new Uri(baseFor(request), request.Target));
        if (request.Caller.Authorization is { } auth)
            message.Headers.TryAddWithoutValidation("Authorization", auth);
        foreach (var (name, value) in request.Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        if (request.Body is { } body)
        {
            // As careful clients send large uploads: a server that refuses the size answers before the body is sent.
            message.Headers.ExpectContinue = body.Length > LargeBody;
            message.Content = request.Chunked ? new ChunkedContent(body) : new ByteArrayContent(body);
            message.Content.Headers.ContentType = null;
            if (request.ContentType is { } type)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var names = response.Headers.Concat(response.Content.Headers).Select(h => h.Key.ToLowerInvariant()).ToHashSet();
        return new Exchange(request, baseFor(request), (int)response.StatusCode, MediaType(response.Content.Headers.ContentType), text, names, null);
    }

    private static string? MediaType(MediaTypeHeaderValue? type) => type?.MediaType;
}
