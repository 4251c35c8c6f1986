using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Testing;

namespace Enablement.IntegrationTests;

/// <summary>The catalog and training endpoints as a frontend calls them, and the small readers the tests share.</summary>
public sealed class TrainingApi(HttpClient client)
{
    public const string Base = "/api/v1/enablement";

    public static object NewCourse(string? title = "CloudSuite basics", string? product = "CloudSuite", string? level = "Foundation", decimal? durationHours = 4m) =>
        new { title, product, level, durationHours };

    public static object NewCertification(IEnumerable<Guid> requiredCourseIds, int? passingScore = 70, int? validityMonths = 12, string? track = "Sales", string? name = "CloudSuite Sales Professional") =>
        new { name, track, requiredCourseIds = requiredCourseIds.ToArray(), passingScore, validityMonths };

    public async Task<Guid> DraftCourseAsync(string product = "CloudSuite")
    {
        var answer = await client.PostJson($"{Base}/courses", NewCourse(product: product));
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return answer.Id;
    }

    public async Task<Guid> PublishedCourseAsync(string product = "CloudSuite")
    {
        var id = await DraftCourseAsync(product);
        var published = await client.PostJson($"{Base}/courses/{id}/publish", null);
        published.Status.ShouldBe(HttpStatusCode.OK, published.ToString());
        return id;
    }

    public async Task<Guid> CertificationAsync(IEnumerable<Guid>? requiredCourseIds = null, int passingScore = 70, int validityMonths = 12, string track = "Sales")
    {
        var answer = await client.PostJson($"{Base}/certifications", NewCertification(requiredCourseIds ?? [], passingScore, validityMonths, track));
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return answer.Id;
    }

    public Task<Answer> CompleteAsync(Guid contactId, Guid courseId, string? completedOn = null) =>
        client.PostJson($"{Base}/course-completions", new { contactId, courseId, completedOn });

    public Task<Answer> AttemptAsync(Guid contactId, Guid certificationId, int score) =>
        client.PostJson($"{Base}/exam-attempts", new { contactId, certificationId, score });

    /// <summary>A pass (201, passed) and the rep certification it issued or renewed.</summary>
    public async Task<JsonNode> PassAsync(Guid contactId, Guid certificationId, int score = 90)
    {
        var answer = await AttemptAsync(contactId, certificationId, score);
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Body["passed"]!.GetValue<bool>().ShouldBeTrue();
        return answer.Body["repCertification"]!;
    }

    public Task<Answer> PartnerViewAsync(Guid partnerId) => client.GetJson($"{Base}/partners/{partnerId}/certifications");

    public static decimal Number(JsonNode node, string field)
    {
        var value = node[field] ?? throw new InvalidOperationException($"{field} is missing");
        value.GetValueKind().ShouldBe(JsonValueKind.Number, $"{field} must be a JSON number");
        return value.GetValue<decimal>();
    }

    public static DateOnly Date(JsonNode node, string field) =>
        DateOnly.ParseExact(node[field]!.GetValue<string>(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<JsonNode> Items(Answer list) => list.Body["items"]!.AsArray().Select(i => i!).ToList();

    public static IReadOnlyList<string> Ids(Answer list) => Items(list).Select(i => i["id"]!.GetValue<string>()).ToList();
}
