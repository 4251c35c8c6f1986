using DealRegistration.Domain.Leads;

namespace DealRegistration.UnitTests.Leads;

/// <summary>Reaches each lead status in one call, through the same behaviour methods production uses.</summary>
public static class LeadBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset AssignedAt = Now.AddHours(1);

    public static readonly Guid CampaignId = Guid.Parse("0196f2a0-0000-7000-8000-0000000000ca");

    public static readonly Guid PartnerA = Guid.Parse("0196f2a0-0000-7000-8000-00000000000a");

    public static readonly Guid PartnerB = Guid.Parse("0196f2a0-0000-7000-8000-00000000000b");

    public static readonly Guid DealId = Guid.Parse("0196f2a0-0000-7000-8000-0000000000de");

    public static Lead New() => Lead.Import(CampaignId, "Globex Corporation", "globex.com", "Hank Scorpio", "hank@globex.com", "US", Now);

    public static Lead Assigned(Guid? partnerId = null)
    {
        var lead = New();
        lead.Assign(partnerId ?? PartnerA, AssignedAt);
        return lead;
    }

    public static Lead Accepted()
    {
        var lead = Assigned();
        lead.Accept(AssignedAt.AddHours(5));
        return lead;
    }

    public static Lead Converted()
    {
        var lead = Accepted();
        lead.MarkConverted(DealId, AssignedAt.AddDays(2));
        return lead;
    }

    public static Lead Declined()
    {
        var lead = Assigned();
        lead.Decline("Outside our territory", AssignedAt.AddHours(3));
        return lead;
    }

    public static Lead Expired()
    {
        var lead = Assigned();
        lead.ExpireIfUnaccepted(AssignedAt + Lead.AcceptWithin).ShouldBeTrue();
        return lead;
    }

    public static Lead InStatus(LeadStatus status) => status switch
    {
        LeadStatus.New => New(),
        LeadStatus.Assigned => Assigned(),
        LeadStatus.Accepted => Accepted(),
        LeadStatus.Converted => Converted(),
        LeadStatus.Declined => Declined(),
        LeadStatus.Expired => Expired(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
