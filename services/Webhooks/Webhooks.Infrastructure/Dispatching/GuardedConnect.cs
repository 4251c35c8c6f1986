using System.Net;
using System.Net.Sockets;
using Webhooks.Application.Safety;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>
/// The only way the webhook client opens a connection: resolve the host now, keep the addresses the policy allows,
/// and connect to those exact addresses. A name that resolved to a public address at registration and to
/// 127.0.0.1 or 169.254.169.254 now (DNS rebinding) is refused here, before any byte is sent.
/// </summary>
internal static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Using(OutboundPolicy policy) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host.Trim('[', ']');
            var resolved = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = resolved.Where(policy.AddressAllowed).ToArray();
            if (allowed.Length == 0)
                throw new RefusedAddressException(host);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
