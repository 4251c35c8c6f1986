using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// One line per tag the platform's endpoints use (<c>.WithTags(...)</c>), shown above each group in Swagger UI and in
/// generated clients. One glossary for every document, so a tag reads the same in each; an unknown tag stays without.
/// </summary>
internal sealed class TagDescriptions : IDocumentFilter
{
    private static readonly Dictionary<string, string> Glossary = new(StringComparer.Ordinal)
    {
        ["Partners"] = "Channel partners: registration, fit evaluation, status changes and KPIs.",
        ["Contacts"] = "People at a partner: sales reps, admins and other roles.",
        ["Agreements"] = "Partner agreements: drafted, signed, superseded; their terms set margins and commissions.",
        ["Escalations"] = "Partner escalations with severity-based response times.",
        ["QBRs"] = "Quarterly business reviews with their action items.",
        ["Satisfaction"] = "Partner satisfaction survey answers.",
        ["Tier program"] = "Tiers, their thresholds and benefits, the quarterly review and overrides.",
        ["Deals"] = "Deal registrations: conflicts, decisions, protection, wins and losses.",
        ["Leads"] = "Campaign leads offered to partners, accepted, declined or converted to deals.",
        ["Campaigns"] = "Marketing campaigns with their partners and imported leads.",
        ["Co-sell"] = "Requests for vendor help on a partner's open deal.",
        ["Courses"] = "Training courses: drafts and published ones.",
        ["Certifications"] = "Certifications: tracks, required courses, passing scores and validity.",
        ["Assets"] = "Sales assets for partners at or above a tier.",
        ["Training"] = "Course completions and exam attempts of partner reps.",
        ["Bookings"] = "Revenue bookings from won deals and direct sales, with adjustments.",
        ["MDF"] = "Market development funds: yearly budgets, requests and claims.",
        ["Payouts"] = "Quarterly payout statements of partner compensation.",
        ["Reporting"] = "Pipeline, forecast and revenue KPIs.",
        ["Webhook endpoints"] = "Where a partner or integration receives platform events, signed with a secret.",
        ["Webhook deliveries"] = "Each event sent to a webhook endpoint, with its attempts; redelivery.",
        ["Operations"] = "Messaging operations for channel managers: error queues and the outbox.",
        ["Scorecards"] = "Program and partner scorecards composed by the gateway from every service.",
        ["Development"] = "Development helpers; not served in production.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        foreach (var tag in swaggerDoc.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag is { Description: null, Name: { } name } && Glossary.TryGetValue(name, out var description))
                tag.Description = description;
        }
    }
}
