using System.Net;
using System.Net.Sockets;

namespace Webhooks.Application.Safety;

/// <summary>
/// Which IP addresses are on the public internet. Everything else — loopback, private, carrier-grade NAT,
/// link-local (cloud metadata at 169.254.169.254), unique-local, multicast, documentation and reserved ranges —
/// is where a server-side request forgery would aim. IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4)
/// is judged as the IPv4 address it carries.
/// </summary>
public static class AddressRules
{
    private static readonly (IPAddress Network, int Prefix)[] NonPublicV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] NonPublicV6 =
    [
        (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10), (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8), (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("2001::"), 32),
        (IPAddress.Parse("100::"), 64),
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (EmbeddedV4(address) is { } v4)
            return IsPublicV4(v4);
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return IsPublicV4(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None))
            return false;
        return !NonPublicV6.Any(r => InRange(address, r.Network, r.Prefix));
    }

    private static bool IsPublicV4(IPAddress address) => !NonPublicV4.Any(r => InRange(address, r.Network, r.Prefix));

    /// <summary>The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:aabb:ccdd::.</summary>
    private static IPAddress? EmbeddedV4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return null;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (InRange(address, IPAddress.Parse("64:ff9b::"), 96) || (InRange(address, IPAddress.IPv6Any, 96) && !address.Equals(IPAddress.IPv6Loopback)))
            return new IPAddress(bytes[12..16]);
        if (InRange(address, IPAddress.Parse("2002::"), 16))
            return new IPAddress(bytes[2..6]);
        return null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
            return false;
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var full = prefix / 8;
        if (!a.AsSpan(0, full).SequenceEqual(n.AsSpan(0, full)))
            return false;
        var rest = prefix % 8;
        if (rest == 0)
            return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[full] & mask) == (n[full] & mask);
    }
}
