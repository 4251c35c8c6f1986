using DealRegistration.Domain.Partners;

namespace DealRegistration.UnitTests.Partners;

/// <summary>The partner, event times and replay helpers the PartnerSnapshot tests share.</summary>
internal static class PartnerTimeline
{
    public static readonly Guid PartnerId = Guid.CreateVersion7();
    public static readonly DateTimeOffset T1 = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset T2 = T1.AddDays(10);
    public static readonly DateTimeOffset T3 = T1.AddDays(20);
    public static readonly DateTimeOffset T4 = T1.AddDays(30);
    public static readonly DateTimeOffset T5 = T1.AddDays(40);

    public sealed record State(PartnerStatus Status, DateTimeOffset StatusAsOf, string? Tier, int ProtectionDays, DateTimeOffset TierAsOf, string? Name, string? Region);

    public static void AssertEveryOrderEndsIn(PartnerNews[] life, State expected, int expectedOrders)
    {
        var orders = 0;
        foreach (var order in PartnerNews.Permutations(life))
        {
            orders++;
            StateOf(Snapshot(order)).ShouldBe(expected, $"delivered {string.Join(", ", order)}");
        }

        orders.ShouldBe(expectedOrders);
    }

    public static PartnerSnapshot Snapshot(params IEnumerable<PartnerNews> deliveries)
    {
        var partner = PartnerSnapshot.Unknown(PartnerId);
        foreach (var news in deliveries)
            news.ApplyTo(partner);
        return partner;
    }

    public static State StateOf(PartnerSnapshot p) => new(p.Status, p.StatusAsOf, p.Tier, p.ProtectionDays, p.TierAsOf, p.Name, p.Region);
}
