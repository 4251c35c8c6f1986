using System.Reflection;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>
/// The services the rules run over. A new service is one line here (its folder under services/ and
/// its project prefix) plus a ProjectReference per layer project in the csproj. A service still
/// being built may list only the layers it has so far: rules about a missing layer hold vacuously.
/// </summary>
public static class ServiceCatalog
{
    public static readonly IReadOnlyList<Service> All =
    [
        new("Partners", "Partners"),
        new("DealRegistration", "DealRegistration"),
        new("Enablement", "Enablement"),
        new("Revenue", "Revenue"),
        new("Webhooks", "Webhooks"),
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
    public static readonly IReadOnlyList<string> LayerSuffixes = ["Domain", "Application", "Infrastructure", "Api"];

    public string DomainName => $"{Prefix}.Domain";

    public string ApplicationName => $"{Prefix}.Application";

    public string InfrastructureName => $"{Prefix}.Infrastructure";

    public string ApiName => $"{Prefix}.Api";

    public IEnumerable<string> LayerNames => LayerSuffixes.Select(s => $"{Prefix}.{s}");

    public Assembly? Domain => Load(DomainName);

    public Assembly? Application => Load(ApplicationName);

    public Assembly? Infrastructure => Load(InfrastructureName);

    public Assembly? Api => Load(ApiName);

    /// <summary>The layer assemblies whose projects exist so far.</summary>
    public IEnumerable<Assembly> Layers => LayerNames.Select(Load).OfType<Assembly>();

    public bool HasProject(string layerName) => File.Exists(RepositoryLayout.ProjectPath(Folder, layerName));

    public override string ToString() => Folder;

    /// <summary>Null when the layer's project does not exist (yet); a project that exists but is not referenced here fails loudly.</summary>
    private Assembly? Load(string layerName)
    {
        if (!HasProject(layerName))
            return null;
        try
        {
            return Assembly.Load(layerName);
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidOperationException(
                $"{RepositoryLayout.Relative(RepositoryLayout.ProjectPath(Folder, layerName))} exists but ChannelPlatform.ArchitectureTests.csproj does not reference it.", ex);
        }
    }
}
