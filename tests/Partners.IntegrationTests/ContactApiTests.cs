using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class ContactApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Adding_a_contact_answers_201_with_its_location_and_a_normalised_email()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var added = await Add(id, "  Ada ", "Lovelace", "  Ada.Lovelace@Partner.Example ", "salesengineer");

        added.Status.ShouldBe(HttpStatusCode.Created, added.ToString());
        added.Location.ShouldBe($"/api/v1/partners/{id}/contacts/{added.Id}");
        added.Str("firstName").ShouldBe("Ada");
        added.Str("email").ShouldBe("ada.lovelace@partner.example");
        added.Str("role").ShouldBe("SalesEngineer");
        added.Str("status").ShouldBe("Active");
        added.Str("partnerId").ShouldBe(id.ToString());
    }

    [Fact]
    public async Task A_second_contact_with_the_same_email_in_another_case_is_a_409()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        (await Add(id, "Ada", "Rep", "dup@partner.example", "SalesRep")).Status.ShouldBe(HttpStatusCode.Created);

        var duplicate = await Add(id, "Other", "Person", "DUP@Partner.Example", "Admin");

        duplicate.Status.ShouldBe(HttpStatusCode.Conflict);
        duplicate.ContentType.ShouldBe("application/problem+json");
        (await Add(await api.ActiveAsync(), "Ada", "Rep", "dup@partner.example", "SalesRep")).Status.ShouldBe(HttpStatusCode.Created, "the email is unique per partner only");
    }

    [Fact]
    public async Task An_invalid_contact_is_400_naming_every_field()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/contacts", new { firstName = "", email = "not-an-email", role = "Wizard" });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["firstName", "lastName", "email", "role"], ignoreOrder: true);
        (await _manager.GetJson($"/api/v1/partners/{id}/contacts")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Contacts_of_an_unknown_partner_are_404()
    {
        var unknown = Guid.CreateVersion7();

        (await Add(unknown, "Ada", "Rep", "a@partner.example", "SalesRep")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.GetJson($"/api/v1/partners/{unknown}/contacts")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.PostJson($"/api/v1/partners/{unknown}/contacts/{Guid.CreateVersion7()}/deactivate", null)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_contact_list_filters_by_status_and_role_and_pages_by_cursor()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var rep1 = await api.ContactAsync(id, "SalesRep");
        var engineer = await api.ContactAsync(id, "SalesEngineer");
        var rep2 = await api.ContactAsync(id, "SalesRep");
        var admin = await api.ContactAsync(id, "Admin");
        await _manager.PostJson($"/api/v1/partners/{id}/contacts/{rep2}/deactivate", null);

        (await Ids(id, "")).ShouldBe([rep1, engineer, rep2, admin]);
        (await Ids(id, "role=SalesRep")).ShouldBe([rep1, rep2]);
        (await Ids(id, "status=Active")).ShouldBe([rep1, engineer, admin]);
        (await Ids(id, "status=inactive")).ShouldBe([rep2]);
        (await Ids(id, "status=Active&role=SalesRep")).ShouldBe([rep1]);

        var first = await _manager.GetJson($"/api/v1/partners/{id}/contacts?limit=3");
        var second = await _manager.GetJson($"/api/v1/partners/{id}/contacts?limit=3&cursor={first.Str("nextCursor")}");
        IdsOf(first).ShouldBe([rep1, engineer, rep2]);
        IdsOf(second).ShouldBe([admin]);
        second.Str("nextCursor").ShouldBeNull();
    }

    [Theory]
    [InlineData("status=Sleeping", "status")]
    [InlineData("role=Wizard", "role")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=bogus", "cursor")]
    public async Task A_bad_contact_list_query_is_400_naming_the_field(string query, string field)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await _manager.GetJson($"/api/v1/partners/{id}/contacts?{query}");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe([field]);
    }

    [Fact]
    public async Task A_contact_is_deactivated_once_then_409()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var contact = await api.ContactAsync(id);

        var deactivated = await _manager.PostJson($"/api/v1/partners/{id}/contacts/{contact}/deactivate", null);
        var again = await _manager.PostJson($"/api/v1/partners/{id}/contacts/{contact}/deactivate", null);

        deactivated.Status.ShouldBe(HttpStatusCode.OK, deactivated.ToString());
        deactivated.Str("status").ShouldBe("Inactive");
        deactivated.Str("deactivatedAt").ShouldNotBeNullOrEmpty();
        again.Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Deactivating_an_unknown_contact_or_another_partners_contact_is_404()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var other = await api.ActiveAsync();
        var othersContact = await api.ContactAsync(other);

        (await _manager.PostJson($"/api/v1/partners/{id}/contacts/{Guid.CreateVersion7()}/deactivate", null)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.PostJson($"/api/v1/partners/{id}/contacts/{othersContact}/deactivate", null)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await Ids(other, "status=Active")).ShouldBe([othersContact]);
    }

    [Fact]
    public async Task A_terminated_partner_takes_no_new_contacts()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        await _manager.PostJson($"/api/v1/partners/{id}/terminate", new { reason = "Gone" });

        (await Add(id, "Ada", "Rep", "late@partner.example", "SalesRep")).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    private Task<Answer> Add(Guid partnerId, string firstName, string lastName, string email, string role) =>
        _manager.PostJson($"/api/v1/partners/{partnerId}/contacts", new { firstName, lastName, email, role });

    private async Task<List<Guid>> Ids(Guid partnerId, string query)
    {
        var answer = await _manager.GetJson($"/api/v1/partners/{partnerId}/contacts?{query}");
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        return IdsOf(answer);
    }

    private static List<Guid> IdsOf(Answer page) => page.Body["items"]!.AsArray().Select(c => Guid.Parse(c!["id"]!.GetValue<string>())).ToList();
}
