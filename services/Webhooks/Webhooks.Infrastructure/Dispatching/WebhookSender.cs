using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Webhooks.Application;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Safety;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>
/// One signed POST with a hard deadline: no redirects followed, no proxy, connections only through
/// <see cref="GuardedConnect"/>, and no more than a snippet of the answer read.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, OutboundPolicy policy, ISecretProtector protector, IOptions<WebhooksOptions> options)
{
    public const string ClientName = "webhooks";

    public async Task<AttemptOutcome> SendAsync(ClaimedDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!policy.SchemeAllowed(delivery.Url))
            return new AttemptOutcome(null, 0, null, $"refused: {delivery.Url.Scheme} is not allowed, only https");
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.WebhookId);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(delivery.WebhookId, now, delivery.Payload, delivery.ProtectedSecrets.Select(protector.Unprotect)));

        var timeout = options.Value.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var snippet = await ResponseSnippet.ReadAsync(response.Content, DeliveryAttempt.MaxSnippetLength, deadline.Token);
            return new AttemptOutcome((int)response.StatusCode, Elapsed(started), snippet, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome(null, Elapsed(started), null, $"timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return new AttemptOutcome(null, Elapsed(started), null, Describe(ex));
        }
    }

    private static string Describe(HttpRequestException ex) => ex.InnerException switch
    {
        RefusedAddressException refused => refused.Message,
        System.Net.Sockets.SocketException socket => $"connection failed: {socket.SocketErrorCode}",
        _ => $"request failed: {ex.HttpRequestError}",
    };

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
