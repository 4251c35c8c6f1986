using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class ContactBulkApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task A_bulk_add_answers_200_with_a_result_per_row_and_stores_only_the_valid_rows()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        (await _manager.PostJson($"/api/v1/partners/{id}/contacts", Row("Existing", "existing@partner.example", "Admin"))).Status.ShouldBe(HttpStatusCode.Created);

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new
        {
            contacts = new object?[]
            {
                Row("Valid", "valid@partner.example", "SalesRep"),
                new { firstName = "", lastName = "NoName", email = "broken", role = "Wizard" },
                Row("Duplicate", "EXISTING@partner.example", "SalesRep"),
                Row("Second", "second@partner.example", "SalesEngineer"),
                Row("SameBatch", "Valid@Partner.Example", "Marketing"),
                null,
            },
        });

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["created"]!.GetValue<int>().ShouldBe(2);
        answer.Body["rejected"]!.GetValue<int>().ShouldBe(4);
        var rows = answer.Body["results"]!.AsArray();
        rows.Count.ShouldBe(6);
        rows.Select(r => r!["index"]!.GetValue<int>()).ShouldBe([0, 1, 2, 3, 4, 5]);
        rows.Select(r => r!["status"]!.GetValue<string>()).ShouldBe(["Created", "Rejected", "Rejected", "Created", "Rejected", "Rejected"]);

        rows[0]!["contact"]!["id"].ShouldNotBeNull();
        rows[0]!["errors"].ShouldBeNull();
        Fields(rows[1]!).ShouldBe(["firstName", "email", "role"], ignoreOrder: true);
        rows[1]!["contact"].ShouldBeNull();
        Fields(rows[2]!).ShouldBe(["email"]);
        rows[2]!["errors"]!["email"]![0]!.GetValue<string>().ShouldContain("already exists");
        Fields(rows[4]!).ShouldBe(["email"]);
        Fields(rows[5]!).ShouldNotBeEmpty();

        var stored = (await _manager.GetJson($"/api/v1/partners/{id}/contacts")).Body["items"]!.AsArray();
        stored.Select(c => c!["email"]!.GetValue<string>()).ShouldBe(["existing@partner.example", "valid@partner.example", "second@partner.example"], ignoreOrder: true);
        stored.Single(c => c!["email"]!.GetValue<string>() == "existing@partner.example")!["role"]!.GetValue<string>().ShouldBe("Admin");
    }

    [Fact]
    public async Task A_bulk_add_whose_rows_are_all_rejected_stores_nothing()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new
        {
            contacts = new[] { new { firstName = "A", lastName = "B", email = "nope", role = "SalesRep" } },
        });

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body["created"]!.GetValue<int>().ShouldBe(0);
        (await _manager.GetJson($"/api/v1/partners/{id}/contacts")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_contact_list_is_400_naming_contacts()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var empty = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new { contacts = Array.Empty<object>() });

        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        empty.ErrorFields.ShouldBe(["contacts"]);
    }

    [Fact]
    public async Task A_missing_contact_list_is_400_naming_contacts()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var missing = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new { });
        var nullList = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", "{ \"contacts\": null }");

        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.ErrorFields.ShouldBe(["contacts"]);
        nullList.Status.ShouldBe(HttpStatusCode.BadRequest);
        nullList.ErrorFields.ShouldBe(["contacts"]);
    }

    [Fact]
    public async Task More_than_1000_rows_is_400_naming_contacts()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var rows = Enumerable.Range(0, 1001).Select(i => Row($"R{i}", $"r{i}@partner.example", "SalesRep")).ToArray();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new { contacts = rows });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["contacts"]);
        (await _manager.GetJson($"/api/v1/partners/{id}/contacts")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bulk_add_for_an_unknown_partner_is_404()
    {
        var answer = await _manager.PostJson($"/api/v1/partners/{Guid.CreateVersion7()}/contacts/bulk", new { contacts = new[] { Row("A", "a@partner.example", "SalesRep") } });

        answer.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private static object Row(string firstName, string email, string role) => new { firstName, lastName = "Rep", email, role };

    private static IEnumerable<string> Fields(JsonNode row) => row["errors"]?.AsObject().Select(p => p.Key) ?? [];
}
