using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class PartnerLifecycleApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task A_prospect_walks_to_an_active_registered_partner_and_each_step_is_published()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.prospect-created", "partner.activated", "partner.agreement-signed");
        var api = new PartnerApi(_manager);

        var id = await api.ActiveAsync();

        var partner = await _manager.GetJson($"/api/v1/partners/{id}");
        partner.Str("status").ShouldBe("Active");
        partner.Str("tier").ShouldBe("Registered");
        partner.ETag.ShouldNotBeNull();
        await consumer.WaitForAsync("partner.prospect-created", ForeignConsumer.ForPartner(id));
        var activated = await consumer.WaitForAsync("partner.activated", ForeignConsumer.ForPartner(id));
        activated["tier"]!.GetValue<string>().ShouldBe("Registered");
        activated["protectionDays"]!.GetValue<int>().ShouldBe(60);
        var signed = await consumer.WaitForAsync("partner.agreement-signed", ForeignConsumer.ForPartner(id));
        signed["marginPercent"]!.GetValue<decimal>().ShouldBe(20m);
        signed["payoutCurrency"]!.GetValue<string>().ShouldBe("USD", "without payoutCurrency an agreement pays in the reporting currency");
    }

    [Fact]
    public async Task A_second_partner_with_the_same_domain_is_a_conflict()
    {
        (await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(website: "https://www.same-domain-test.example/x"))).Status.ShouldBe(HttpStatusCode.Created);
        var duplicate = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner(website: "same-domain-test.example"));
        duplicate.Status.ShouldBe(HttpStatusCode.Conflict);
        duplicate.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_every_field_and_rule()
    {
        var answer = await _manager.PostJson("/api/v1/partners", new { name = "", type = "Wizard", website = "x", region = "Mars" });
        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["name", "type", "website", "region", "country", "salesTeamSize"], ignoreOrder: true);
        answer.Str("traceId").ShouldNotBeNullOrEmpty();
    }
}
