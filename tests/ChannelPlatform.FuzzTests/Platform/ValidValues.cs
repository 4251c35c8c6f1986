using System.Globalization;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>
/// Values CONTRACT.md accepts, by field name (the documented examples say only "example"): what turns an example
/// body into a baseline that reaches the handler's rules. Ids come from <see cref="RealIds"/>; a name it does not
/// know keeps the documented example value.
/// </summary>
public static class ValidValues
{
    private static readonly HashSet<string> FreeText = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "title", "subject", "summary", "description", "notes", "reason", "comment", "resolution", "signedBy",
        "salesEngineer", "outcome", "contactName", "companyName", "owner", "reference", "firstName", "lastName", "overrideReason",
    };

    public static JsonNode? For(string operation, string field, JsonNode? example, RealIds ids, int serial)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var today = MidQuarterClock.Instance.Today;
        if (FreeText.Contains(field))
            return $"Fuzz {field} {serial}";
        if (field.EndsWith("Ids", StringComparison.Ordinal))
            return new JsonArray(Id(ids, field[..^3]));
        if (field.EndsWith("Id", StringComparison.Ordinal))
            return ids.ForName(field[..^2])?.ToString();
        return field switch
        {
            "website" => $"https://fuzz-{serial}-{Guid.NewGuid():N}.example/",
            "url" when operation.Contains("webhooks", StringComparison.Ordinal) => "http://127.0.0.1:9/fuzz-hook",
            "url" or "proofUrls" => example is JsonArray ? new JsonArray("https://cdn.example/fuzz.pdf") : "https://cdn.example/fuzz.pdf",
            "domain" => $"fuzz-{serial}.example",
            "email" => $"fuzz-{serial}-{Guid.NewGuid():N}@partner.example",
            "country" => "DE",
            "currency" => "USD",
            "region" => "Emea",
            "quarter" => $"{today.Year}-Q{((today.Month - 1) / 3) + 1}",
            "type" => operation switch
            {
                _ when operation.Contains("campaigns", StringComparison.Ordinal) => "Webinar",
                _ when operation.Contains("cosell", StringComparison.Ordinal) => "Demo",
                _ => "Reseller",
            },
            "role" => operation.Contains("dev-token", StringComparison.Ordinal) ? "ChannelManager" : "SalesRep",
            "level" => "Foundation",
            "track" => "Sales",
            "kind" => "SalesKit",
            "minimumTier" => "Registered",
            "tier" => "Silver",
            "severity" => "Medium",
            "activityType" => "Webinar",
            "events" => new JsonArray("deal.approved"),
            "products" => new JsonArray("FuzzSuite"),
            "specializations" => new JsonArray("Cloud"),
            "marginPercent" => 22,
            "commissionPercent" or "referralFeePercent" or "revenueSharePercent" => null,
            "salesTeamSize" => 40,
            "termMonths" or "validityMonths" => 12,
            "days" => 10,
            "durationHours" => 4,
            "passingScore" => 70,
            "marketReach" or "technicalCapability" or "salesCapacity" or "strategicAlignment" or "customerBase" => 5,
            "minTrailingRevenue" => 100_000,
            "minCertifiedReps" => 2,
            "marginBonusPercent" => 2,
            "mdfPercent" => 1,
            "protectionDays" => 90,
            "score" => 4,
            "leadsGenerated" => 5,
            "enabled" => true,
            "scheduledAt" => MidQuarterClock.Instance.GetUtcNow().AddDays(7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "endsOn" or "expectedCloseDate" or "dueDate" or "plannedOn" => Day(today.AddDays(30)),
            _ when example is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 10 && text[4] == '-' => Day(today),
            _ when example is JsonValue v && v.TryGetValue<double>(out _) => 1000,
            _ => example?.DeepClone(),
        };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonNode Id(RealIds ids, string resource) => (ids.ForName(resource) ?? Guid.NewGuid()).ToString();
}
