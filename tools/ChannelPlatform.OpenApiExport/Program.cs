using ChannelPlatform.Gateway;
using ChannelPlatform.OpenApiExport;
using DealRegistration.Api;
using Enablement.Api;
using Partners.Api;
using Revenue.Api;
using Webhooks.Api;

// Usage: ChannelPlatform.OpenApiExport [OUTPUT_FOLDER]   (default .local/openapi)
// One file per document, named as the gateway serves it: /swagger/<name>/swagger.json → <name>.json.
var output = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(".local", "openapi"));
Directory.CreateDirectory(output);
// WebApplicationFactory finds each service's content root through MvcTestingAppManifest.json in the working folder.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

await Export<GatewayApi>("gateway", "/swagger/gateway/swagger.json");
await Export<PartnersApi>("partner");
await Export<DealRegistrationApi>("dealregistration");
await Export<EnablementApi>("enablement");
await Export<RevenueApi>("revenue");
await Export<WebhooksApi>("webhooks");
return 0;

async Task Export<TEntryPoint>(string name, string path = "/swagger/v1/swagger.json")
    where TEntryPoint : class
{
    await using var host = new DocumentHost<TEntryPoint>();
    using var client = host.CreateClient();
    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
    response.EnsureSuccessStatusCode();
    var file = Path.Combine(output, name + ".json");
    await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
    Console.WriteLine($"{name,-17} {file}");
}
