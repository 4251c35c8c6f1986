using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// The operationId is the endpoint's name (<c>.WithName("ListPartners")</c>); an endpoint without one still gets a
/// stable id from its method and route: <c>POST api/v1/partners/{id}/suspend</c> → <c>PostPartnersByIdSuspend</c>.
/// </summary>
internal sealed class OperationIds : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var api = context.ApiDescription;
        operation.OperationId ??= FromRoute(api.HttpMethod ?? "Get", api.RelativePath ?? string.Empty);
    }

    public static string FromRoute(string method, string route)
    {
        var words = new List<string> { Pascal(method.ToLowerInvariant()) };
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "api" || IsVersion(segment))
                continue;
            words.Add(segment.StartsWith('{')
                ? "By" + Pascal(segment.Trim('{', '}').Split(':')[0])
                : string.Concat(segment.Split('-', '.', '_').Select(Pascal)));
        }

        return string.Concat(words);
    }

    private static bool IsVersion(string segment) => segment.Length > 1 && segment[0] == 'v' && segment[1..].All(char.IsAsciiDigit);

    private static string Pascal(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
