using System.Reflection;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>
/// The services the rules run over. A new service is one line here (its folder under services/ and
/// its project prefix) plus a ProjectReference per layer in the csproj.
/// </summary>
public static class ServiceCatalog
{
    public static readonly IReadOnlyList<Service> All =
    [
        new("Partners", "Partners"),
        // new("DealRegistration", "DealRegistration"),
        // new("Enablement", "Enablement"),
        // new("Revenue", "Revenue"),
    ];

    /// <summary>The gateway's folder under services/: not a clean-architecture service, but still a service of its own.</summary>
    public const string GatewayFolder = "Gateway";

    public const string GatewayAssembly = "ChannelPlatform.Gateway";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var service in All)
            data.Add(service.Folder);
        return data;
    }

    public static Service Named(string folder) => All.Single(s => s.Folder == folder);
}

/// <param name="Folder">The folder under services/.</param>
/// <param name="Prefix">The project and root-namespace prefix: <c>{Prefix}.Domain</c>, <c>{Prefix}.Application</c>, …</param>
public sealed record Service(string Folder, string Prefix)
{
    public string DomainName => $"{Prefix}.Domain";

    public string ApplicationName => $"{Prefix}.Application";

    public string InfrastructureName => $"{Prefix}.Infrastructure";

    public string ApiName => $"{Prefix}.Api";

    public Assembly Domain => Assembly.Load(DomainName);

    public Assembly Application => Assembly.Load(ApplicationName);

    public Assembly Infrastructure => Assembly.Load(InfrastructureName);

    public Assembly Api => Assembly.Load(ApiName);

    public IEnumerable<Assembly> Layers => [Domain, Application, Infrastructure, Api];

    public IEnumerable<string> LayerNames => [DomainName, ApplicationName, InfrastructureName, ApiName];

    public override string ToString() => Folder;
}
