using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>What <c>Idempotency-Key</c> must hold under races and faults, not only on a calm replay.</summary>
public sealed class IdempotencyGuaranteeTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Twenty_identical_requests_at_once_create_one_partner()
    {
        var name = $"Race {Guid.NewGuid():N}"[..20];
        var body = PartnerApi.NewPartner(name: name);
        var key = Key();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _manager.PostJson("/api/v1/partners", body, key)));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.Created || a.Status == HttpStatusCode.Conflict, string.Join("; ", answers.Select(a => a.ToString())));
        answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Id).Distinct().ShouldHaveSingleItem();
        (await _manager.GetJson($"/api/v1/partners?q={name}")).Body["items"]!.AsArray().Count.ShouldBe(1);
        (await service.OutboxCountAsync("partner.prospect-created", answers.First(a => a.Status == HttpStatusCode.Created).Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_replay_carries_the_original_etag_and_location()
    {
        var key = Key();
        var body = PartnerApi.NewPartner();

        var first = await _manager.PostJson("/api/v1/partners", body, key);
        var replay = await _manager.PostJson("/api/v1/partners", body, key);

        first.ETag.ShouldNotBeNull();
        replay.Status.ShouldBe(HttpStatusCode.Created, replay.ToString());
        replay.ETag.ShouldBe(first.ETag);
        replay.Location.ShouldBe(first.Location);
    }

    [Fact]
    public async Task The_query_string_is_part_of_the_request_a_key_stands_for()
    {
        var key = Key();
        var id = await new PartnerApi(_manager).ActiveAsync();

        var first = await _manager.PostJson($"/api/v1/partners/{id}/contacts?source=crm", Contact(), key);
        var other = await _manager.PostJson($"/api/v1/partners/{id}/contacts?source=web", Contact(), key);

        first.Status.ShouldBe(HttpStatusCode.Created);
        other.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, other.ToString());
    }

    [Fact]
    public async Task Callers_without_a_subject_are_not_pooled_into_one_scope()
    {
        var key = Key();
        using var first = Bearer(service.Tokens.WithClaims(new Claim("role", Roles.ChannelManager), new Claim("name", "robot one")));
        using var second = Bearer(service.Tokens.WithClaims(new Claim("role", Roles.ChannelManager), new Claim("name", "robot two")));

        var mine = await first.PostJson("/api/v1/partners", PartnerApi.NewPartner(), key);
        var theirs = await second.PostJson("/api/v1/partners", PartnerApi.NewPartner(), key);

        mine.Status.ShouldBe(HttpStatusCode.Created, mine.ToString());
        theirs.Status.ShouldBe(HttpStatusCode.Created, "another caller's key, not a body mismatch on a shared one: " + theirs);
    }

    [Fact]
    public async Task The_key_and_the_commands_effects_commit_together_or_not_at_all()
    {
        var name = $"Atomic {Guid.NewGuid():N}"[..20];
        var body = PartnerApi.NewPartner(name: name);
        var key = Key();
        // The key's answer cannot be stored (as if the process died between the command's commit and the key's).
        await service.Database.ExecuteAsync("ALTER TABLE partner.idempotency_requests ADD CONSTRAINT no_answers CHECK (status_code IS NULL) NOT VALID");
        Answer failed;
        try
        {
            failed = await _manager.PostJson("/api/v1/partners", body, key);
        }
        finally
        {
            await service.Database.ExecuteAsync("ALTER TABLE partner.idempotency_requests DROP CONSTRAINT no_answers");
        }

        failed.Status.ShouldBe(HttpStatusCode.InternalServerError);
        (await _manager.GetJson($"/api/v1/partners?q={name}")).Body["items"]!.AsArray().ShouldBeEmpty("no partner without its key");
        var retried = await _manager.PostJson("/api/v1/partners", body, key);
        retried.Status.ShouldBe(HttpStatusCode.Created, retried.ToString());
        (await _manager.GetJson($"/api/v1/partners?q={name}")).Body["items"]!.AsArray().Count.ShouldBe(1);
        (await service.OutboxCountAsync("partner.prospect-created", retried.Id)).ShouldBe(1, "one event: the failed attempt's was rolled back");
    }

    private HttpClient Bearer(string token)
    {
        var client = service.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static object Contact() => new { firstName = "Ada", lastName = "Rep", email = $"{Guid.NewGuid():N}@partner.example", role = "SalesRep" };

    private static Dictionary<string, string> Key() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
}
