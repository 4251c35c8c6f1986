using DealRegistration.Domain.Partners;

namespace DealRegistration.UnitTests.Partners;

/// <summary>One partner.* event as DealRegistration receives it: what happened, and when it happened in Partners.</summary>
public sealed record PartnerNews(string Kind, DateTimeOffset At, string? Tier = null, int ProtectionDays = 0)
{
    public const string PartnerName = "Acme Networks";
    public const string Region = "Emea";

    public static PartnerNews Activated(DateTimeOffset at, string tier = "Registered", int protectionDays = 60) => new("activated", at, tier, protectionDays);

    public static PartnerNews Suspended(DateTimeOffset at) => new("suspended", at);

    public static PartnerNews Reactivated(DateTimeOffset at) => new("reactivated", at);

    public static PartnerNews Terminated(DateTimeOffset at) => new("terminated", at);

    public static PartnerNews TierChanged(DateTimeOffset at, string tier, int protectionDays) => new("tier-changed", at, tier, protectionDays);

    public void ApplyTo(PartnerSnapshot partner)
    {
        switch (Kind)
        {
            case "activated":
                partner.Activated(PartnerName, Region, Tier!, ProtectionDays, At);
                break;
            case "suspended":
                partner.Suspended(At);
                break;
            case "reactivated":
                partner.Reactivated(At);
                break;
            case "terminated":
                partner.Terminated(At);
                break;
            case "tier-changed":
                partner.TierChanged(Tier!, ProtectionDays, At);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }

    public override string ToString() => Tier is null ? $"{Kind}@{At:MM-dd}" : $"{Kind}({Tier},{ProtectionDays})@{At:MM-dd}";

    public static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
                yield return [items[i], .. tail];
        }
    }
}
