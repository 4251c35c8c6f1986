using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class IdempotencyApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_answer_and_creates_the_partner_once()
    {
        var name = $"Idem {Guid.NewGuid():N}"[..20];
        var body = PartnerApi.NewPartner(name: name);
        var key = Key();

        var first = await _manager.PostJson("/api/v1/partners", body, key);
        var replay = await _manager.PostJson("/api/v1/partners", body, key);

        first.Status.ShouldBe(HttpStatusCode.Created, first.ToString());
        replay.Status.ShouldBe(HttpStatusCode.Created, replay.ToString());
        replay.Text.ShouldBe(first.Text);
        replay.Location.ShouldBe(first.Location);
        replay.ContentType.ShouldBe(first.ContentType);
        (await _manager.GetJson($"/api/v1/partners?q={name}")).Body["items"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_does_nothing()
    {
        var key = Key();
        var name = $"Other {Guid.NewGuid():N}"[..20];
        (await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(), key)).Status.ShouldBe(HttpStatusCode.Created);

        var reused = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(name: name), key);

        reused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, reused.ToString());
        reused.ContentType.ShouldBe("application/problem+json");
        (await _manager.GetJson($"/api/v1/partners?q={name}")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Keys_are_per_caller_so_another_users_same_key_creates_another_partner()
    {
        var key = Key();
        using var otherManager = service.ClientNamed("another-manager", Roles.ChannelManager);

        var mine = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(), key);
        var theirs = await otherManager.PostJson("/api/v1/partners", PartnerApi.NewPartner(), key);

        mine.Status.ShouldBe(HttpStatusCode.Created);
        theirs.Status.ShouldBe(HttpStatusCode.Created, theirs.ToString());
        theirs.Id.ShouldNotBe(mine.Id);
    }

    [Fact]
    public async Task A_replayed_error_keeps_its_status_even_when_the_command_would_now_succeed()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ProspectAsync();
        var key = Key();

        var first = await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Audit" }, key);
        await api.ActivateAsync(id); // a suspension would succeed now
        var replay = await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Audit" }, key);

        first.Status.ShouldBe(HttpStatusCode.Conflict, "a prospect cannot be suspended: " + first);
        replay.Status.ShouldBe(HttpStatusCode.Conflict, "the first answer, replayed: the suspension did not run");
        replay.ContentType.ShouldBe("application/problem+json");
        replay.Text.ShouldBe(first.Text);
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Active");
    }

    [Fact]
    public async Task The_same_key_on_a_state_change_replays_without_a_second_transition()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var key = Key();

        var suspended = await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Audit" }, key);
        var replay = await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Audit" }, key);

        suspended.Status.ShouldBe(HttpStatusCode.OK);
        replay.Status.ShouldBe(HttpStatusCode.OK, "the original answer, not the 409 a second suspension would get");
        replay.Text.ShouldBe(suspended.Text);
    }

    [Fact]
    public async Task A_key_longer_than_200_characters_is_400()
    {
        var answer = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(), new Dictionary<string, string> { ["Idempotency-Key"] = new string('k', 201) });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Dictionary<string, string> Key() => new() { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
}
