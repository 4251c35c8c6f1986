using ChannelPlatform.Application;
using ChannelPlatform.Testing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ChannelPlatform.EndToEndTests.ApiSurface;

/// <summary>
/// What makes a client generated from the documents strict (issue 14): names and summaries on every operation,
/// <c>required</c> for everything C# declares non-nullable, If-Match and ETag where optimistic concurrency applies,
/// <c>security: []</c> where no token is needed, and contact, licence and servers. deploy/api/lint.sh checks the
/// same documents with Redocly and a TypeScript client; these keep the rules where the .NET tests run.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class OpenApiStrictnessTests(FullPlatformFixture platform)
{
    public static TheoryData<string> Documents() => OpenApiDocumentTests.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_operation_has_a_unique_operationId_and_a_summary(string document)
    {
        var model = await ReadAsync(document);

        var operations = Operations(model).ToList();
        operations.ShouldNotBeEmpty();
        operations.Where(o => string.IsNullOrWhiteSpace(o.Operation.OperationId)).Select(o => o.Name).ShouldBeEmpty();
        operations.Where(o => string.IsNullOrWhiteSpace(o.Operation.Summary)).Select(o => o.Name).ShouldBeEmpty();
        operations.GroupBy(o => o.Operation.OperationId).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_property_non_nullable_in_CSharp_is_required_and_not_nullable_and_every_other_is_nullable(string document)
    {
        var model = await ReadAsync(document);

        var checkedSchemas = 0;
        var wrong = new List<string>();
        foreach (var (id, schema) in model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (ClrSchemaTypes.Find(id) is not { } type || schema.Properties is not { Count: > 0 } properties)
                continue;
            checkedSchemas++;
            var members = type.GetProperties().ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, property) in properties)
            {
                if (!members.TryGetValue(name, out var member))
                    continue;
                if (!ClrSchemaTypes.IsNonNullable(member))
                {
                    if (!IsNullable(property))
                        wrong.Add($"{id}.{name} is not nullable");
                    continue;
                }

                if (schema.Required?.Contains(name) != true)
                    wrong.Add($"{id}.{name} is not required");
                if (IsNullable(property))
                    wrong.Add($"{id}.{name} is nullable");
            }
        }

        checkedSchemas.ShouldBeGreaterThan(document == "gateway" ? 3 : 10);
        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task An_answer_carries_every_property_so_its_schema_requires_them_all(string document)
    {
        var model = await ReadAsync(document);

        var answers = Operations(model)
            .SelectMany(o => o.Operation.Responses!.Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
            .SelectMany(r => r.Content?.Values ?? [])
            .Select(m => m.Schema).OfType<OpenApiSchemaReference>()
            .Select(r => r.Reference.Id!).Distinct().ToList();
        answers.ShouldNotBeEmpty();
        foreach (var id in answers)
        {
            var schema = model.Components!.Schemas![id];
            (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Keys
                .Where(name => schema.Required?.Contains(name) != true).Select(name => $"{id}.{name}").ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_operation_that_can_answer_412_declares_If_Match(string document)
    {
        var model = await ReadAsync(document);

        foreach (var (name, operation) in Operations(model).Where(o => o.Operation.Responses!.ContainsKey("412")))
        {
            var ifMatch = (operation.Parameters ?? []).SingleOrDefault(p => p.Name == "If-Match").ShouldNotBeNull(name);
            ifMatch.In.ShouldBe(ParameterLocation.Header, name);
            ifMatch.Required.ShouldBeFalse(name);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_answer_with_a_versioned_resource_declares_its_ETag(string document)
    {
        var model = await ReadAsync(document);

        var versioned = 0;
        foreach (var (name, operation) in Operations(model))
        {
            foreach (var (status, answer) in operation.Responses!.Where(r => r.Key is "200" or "201"))
            {
                var schema = answer.Content?.Values.Select(m => m.Schema).OfType<OpenApiSchemaReference>().FirstOrDefault();
                if (schema is null || ClrSchemaTypes.Find(schema.Reference.Id!) is not { } type || !typeof(IVersioned).IsAssignableFrom(type))
                    continue;
                versioned++;
                answer.Headers.ShouldNotBeNull($"{name} {status}").ShouldContainKey("ETag", $"{name} {status}");
            }
        }

        if (document is "partner" or "dealregistration" or "revenue" or "webhooks" or "enablement")
            versioned.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_anonymous_dev_token_endpoint_says_security_is_empty_and_the_others_need_the_bearer()
    {
        var model = await ReadAsync("gateway");

        foreach (var (name, operation) in Operations(model))
        {
            operation.Security.ShouldNotBeNull(name);
            if (operation.OperationId == "IssueDevToken")
                operation.Security.ShouldBeEmpty();
            else
                operation.Security.ShouldHaveSingleItem().Keys.Select(k => k.Reference.Id).ShouldBe(["Bearer"]);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_document_names_its_contact_licence_and_servers(string document)
    {
        var model = await ReadAsync(document);

        model.Info.Contact.ShouldNotBeNull().Name.ShouldNotBeNullOrWhiteSpace();
        model.Info.Contact.Email.ShouldNotBeNullOrWhiteSpace();
        model.Info.License.ShouldNotBeNull().Name.ShouldNotBeNullOrWhiteSpace();
        model.Info.License.Url.ShouldNotBeNull();
        model.Servers.ShouldNotBeNull().ShouldNotBeEmpty();
        model.Servers.ShouldAllBe(s => !string.IsNullOrWhiteSpace(s.Url));
    }

    private async Task<OpenApiDocument> ReadAsync(string document)
    {
        using var anonymous = platform.Gateway.CreateClient();
        var text = await anonymous.GetStringAsync(new Uri($"/swagger/{document}/swagger.json", UriKind.Relative));
        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, new OpenApiReaderSettings());
        read.Diagnostic!.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        return read.Document!;
    }

    private static IEnumerable<(string Name, OpenApiOperation Operation)> Operations(OpenApiDocument model) =>
        model.Paths.SelectMany(p => (p.Value.Operations ?? []).Select(o => ($"{o.Key} {p.Key}", o.Value)));

    /// <summary>OpenAPI 3.0's <c>nullable: true</c>, beside a type or on an <c>allOf</c> wrapper of a reference.</summary>
    private static bool IsNullable(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && schema.Type is { } type && type.HasFlag(JsonSchemaType.Null);
}
