using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// A suspension made through the Partner API reaches DealRegistration by itself, every request through the gateway
/// (see <see cref="CrossServiceTests"/>).
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServicePartnerSuspensionTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task Once_a_partner_is_suspended_through_the_Partner_API_DealRegistration_refuses_its_new_registrations()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partner = await manager.ActivePartnerAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Pat Partner");

        var registered = await RegisterOnceActiveAsync(partnerUser, Deal(UniqueCompany(), [UniqueProduct()]));
        registered.Str("status").ShouldBe("Submitted");

        var suspended = await manager.PostJson($"/api/v1/partners/{partner}/suspend", new { reason = "Compliance review" });
        suspended.Status.ShouldBe(HttpStatusCode.OK, suspended.ToString());
        suspended.Str("status").ShouldBe("Suspended");

        var refused = await Eventually.Get(
            async () =>
            {
                var answer = await partnerUser.PostJson("/api/v1/deals", Deal(UniqueCompany(), [UniqueProduct()]));
                answer.Status.ShouldBeOneOf([HttpStatusCode.Created, (HttpStatusCode)422], answer.ToString());
                return answer.Status == (HttpStatusCode)422 ? answer : null;
            },
            EventTimeout,
            "DealRegistration to refuse the suspended partner's registrations");
        refused.ContentType.ShouldBe("application/problem+json");

        // The deal registered before the suspension is still there.
        var earlier = await manager.GetJson($"/api/v1/deals/{registered.Id}");
        earlier.Status.ShouldBe(HttpStatusCode.OK, earlier.ToString());
        earlier.Str("status").ShouldBe("Submitted");
    }
}
