namespace DealRegistration.Domain.Partners;

/// <summary>
/// A tier's deal protection as the latest tier-program edit set it (partner.tier-program-updated). Edits
/// arrive in any order: the highest version wins, an older edit is ignored.
/// </summary>
public sealed class TierBenefits
{
    private TierBenefits()
    {
    }

    public string Tier { get; private set; } = string.Empty;

    public int ProtectionDays { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TierBenefits Unknown(string tier) => new() { Tier = tier, UpdatedAt = DateTimeOffset.MinValue };

    /// <returns>False for an edit older than (or the same as) the one already applied.</returns>
    public bool Apply(int protectionDays, int version, DateTimeOffset at)
    {
        if (version <= Version)
            return false;
        ProtectionDays = protectionDays;
        Version = version;
        UpdatedAt = at;
        return true;
    }
}
