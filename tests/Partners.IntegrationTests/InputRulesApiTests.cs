using System.Net;
using System.Text;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>
/// The input rules every service applies the same way (hosting defaults), shown on the Partner service: errors are
/// ProblemDetails whatever Accept says, JSON is UTF-8, text has no control characters, dates lie in 2000–2099,
/// amounts within ±999 999 999 999.99, timestamps with any offset are stored in UTC.
/// </summary>
public sealed class InputRulesApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("text/plain")]
    public async Task An_error_is_problem_json_whatever_the_accept_header_says(string accept)
    {
        var headers = new Dictionary<string, string> { ["Accept"] = accept };
        var invalid = await _manager.PostJson("/api/v1/partners", new { name = "" }, headers);
        var missing = await HttpJson.SendAsync(_manager, HttpMethod.Get, $"/api/v1/partners/{Guid.NewGuid()}", null, headers);

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ContentType.ShouldBe("application/problem+json");
        invalid.ErrorFields.ShouldContain("name");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        missing.ContentType.ShouldBe("application/problem+json");
        missing.Body["traceId"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Json_in_a_charset_other_than_utf8_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/partners", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=nonsense");
        using var response = await _manager.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_control_character_in_a_body_field_or_a_query_filter_is_400_naming_it()
    {
        var body = await _manager.PostJson("/api/v1/partners", """{"name":"Nul\u0000Corp","type":"Reseller","website":"nul.example","region":"Emea","country":"DE","salesTeamSize":5}""");
        var query = await _manager.GetJson("/api/v1/partners?q=a%00b");

        body.Status.ShouldBe(HttpStatusCode.BadRequest, body.ToString());
        body.ErrorFields.ShouldBe(["name"]);
        body.Text.ShouldContain("control characters");
        query.Status.ShouldBe(HttpStatusCode.BadRequest, query.ToString());
        query.ErrorFields.ShouldBe(["q"]);
    }

    [Fact]
    public async Task Dates_outside_2000_to_2099_are_400_in_bodies_and_queries()
    {
        var id = await new PartnerApi(_manager).QualifiedAsync();

        var agreement = await _manager.PostJson($"/api/v1/partners/{id}/agreements", new { effectiveFrom = "0001-01-01", marginPercent = 20 });
        var kpis = await _manager.GetJson("/api/v1/partners/kpis?year=0");

        agreement.Status.ShouldBe(HttpStatusCode.BadRequest, agreement.ToString());
        agreement.ErrorFields.ShouldBe(["effectiveFrom"]);
        kpis.Status.ShouldBe(HttpStatusCode.BadRequest, kpis.ToString());
        kpis.ErrorFields.ShouldBe(["year"]);
    }

    [Fact]
    public async Task An_amount_beyond_the_platform_limit_is_400()
    {
        var tier = await _manager.PutJson("/api/v1/tiers/Gold", new { minTrailingRevenue = 1e16m, minCertifiedReps = 5, marginBonusPercent = 4, mdfPercent = 2, protectionDays = 90 });

        tier.Status.ShouldBe(HttpStatusCode.BadRequest, tier.ToString());
        tier.ErrorFields.ShouldBe(["minTrailingRevenue"]);
    }

    [Fact]
    public async Task A_timestamp_with_an_offset_is_stored_in_utc()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var qbr = await _manager.PostJson($"/api/v1/partners/{id}/qbrs", """{"quarter":"2026-Q4","scheduledAt":"2026-11-20T15:30:00+05:30"}""");

        qbr.Status.ShouldBe(HttpStatusCode.Created, qbr.ToString());
        DateTimeOffset.Parse(qbr.Str("scheduledAt")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    }
}
