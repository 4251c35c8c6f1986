using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests;

/// <summary>Reaches each deal status in one call, through the same behaviour methods production uses.</summary>
public static class DealBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    /// <summary>When <see cref="Approved"/> approves: two hours after submission.</summary>
    public static readonly DateTimeOffset ApprovedAt = Now.AddHours(2);

    public static readonly DateOnly ExpectedClose = new(2026, 6, 30);

    public static readonly Guid PartnerId = Guid.Parse("0196f2a0-0000-7000-8000-000000000001");

    public static readonly Guid OtherPartnerId = Guid.Parse("0196f2a0-0000-7000-8000-000000000002");

    public static readonly Guid ContactId = Guid.Parse("0196f2a0-0000-7000-8000-0000000000c1");

    public const string PartnerUser = "jane.doe@acme-networks.example";

    public const string ChannelManager = "max.mustermann@vendor.example";

    public const int ProtectionDays = 60;

    public static Customer Globex => Customer.Of("Globex Corporation", "globex.com", "US");

    public static DealRegistrationData Data(decimal estimatedValue = 50_000m, IReadOnlyList<string>? products = null, string currency = "USD", string? description = null) =>
        new(PartnerId, ContactId, Globex, products ?? ["Firewall"], estimatedValue, currency, ExpectedClose, null, null, description);

    /// <summary>An earlier registration of another partner for the same customer.</summary>
    public static DealConflict ConflictWith(Guid conflictingDealId, ConflictReason reason = ConflictReason.SimilarName) =>
        new(reason, reason == ConflictReason.SameDomain ? 1.0 : 0.8, conflictingDealId, OtherPartnerId, DealStatus.Submitted);

    public static Deal Submitted(params DealConflict[] conflicts) => Deal.Register(Data(), conflicts, PartnerUser, Now);

    public static Deal Approved(int protectionDays = ProtectionDays)
    {
        var deal = Submitted();
        deal.Approve(protectionDays, false, null, null, [], ChannelManager, ApprovedAt);
        return deal;
    }

    public static Deal Rejected()
    {
        var deal = Submitted();
        deal.Reject("Customer already covered by direct sales", ChannelManager, ApprovedAt);
        return deal;
    }

    public static Deal Won()
    {
        var deal = Approved();
        deal.Win(48_000m, new DateOnly(2026, 5, 15), PartnerUser, ApprovedAt.AddDays(30));
        return deal;
    }

    public static Deal Lost()
    {
        var deal = Approved();
        deal.Lose("Customer chose a competitor", PartnerUser, ApprovedAt.AddDays(30));
        return deal;
    }

    public static Deal Expired()
    {
        var deal = Approved();
        deal.ExpireIfProtectionEnded(ApprovedAt.AddDays(ProtectionDays)).ShouldBeTrue();
        return deal;
    }

    public static Deal InStatus(DealStatus status) => status switch
    {
        DealStatus.Submitted => Submitted(),
        DealStatus.Approved => Approved(),
        DealStatus.Rejected => Rejected(),
        DealStatus.Won => Won(),
        DealStatus.Lost => Lost(),
        DealStatus.Expired => Expired(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
