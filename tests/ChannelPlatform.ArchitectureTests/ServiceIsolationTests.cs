using System.Reflection;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>Services share integration events (Contracts) and building blocks, never each other's projects.</summary>
public sealed class ServiceIsolationTests
{
    public static TheoryData<string> ServiceFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in RepositoryLayout.ServiceFolders())
            data.Add(folder);
        return data;
    }

    [Theory]
    [MemberData(nameof(ServiceFolders))]
    public void No_project_of_a_service_references_another_services_projects(string serviceFolder)
    {
        RepositoryLayout.ProjectsOf(serviceFolder)
            .SelectMany(project => RepositoryLayout.ProjectReferences(project).Select(reference => (project, reference)))
            .Where(r => RepositoryLayout.ServiceOf(r.reference) is { } target && target != serviceFolder)
            .Select(r => $"{RepositoryLayout.Relative(r.project)} → {RepositoryLayout.Relative(r.reference)}")
            .NoViolations($"services/{serviceFolder} references another service's projects");
    }

    [Fact]
    public void The_gateway_project_references_no_service_project()
    {
        RepositoryLayout.ProjectsOf(ServiceCatalog.GatewayFolder)
            .SelectMany(project => RepositoryLayout.ProjectReferences(project).Select(reference => (project, reference)))
            .Where(r => RepositoryLayout.ServiceOf(r.reference) is { } target && target != ServiceCatalog.GatewayFolder)
            .Select(r => $"{RepositoryLayout.Relative(r.project)} → {RepositoryLayout.Relative(r.reference)}")
            .NoViolations("The gateway talks to services over HTTP only");
    }

    [Fact]
    public void The_gateway_assembly_references_no_service_assembly()
    {
        var serviceAssemblies = ServiceCatalog.All.SelectMany(s => s.LayerNames).ToHashSet(StringComparer.Ordinal);
        var prefixes = ServiceCatalog.All.Select(s => s.Prefix + ".").ToArray();
        Assembly.Load(ServiceCatalog.GatewayAssembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => serviceAssemblies.Contains(a) || prefixes.Any(p => a.StartsWith(p, StringComparison.Ordinal)))
            .NoViolations("The gateway assembly references a service assembly");
    }

    [Fact]
    public void Every_service_under_services_is_covered_by_these_rules()
    {
        // A service folder missing from ServiceCatalog would escape every layer rule silently.
        var catalogued = ServiceCatalog.All.Select(s => s.Folder).Append(ServiceCatalog.GatewayFolder).ToHashSet(StringComparer.Ordinal);
        RepositoryLayout.ServiceFolders()
            .Where(folder => !catalogued.Contains(folder) && RepositoryLayout.ProjectsOf(folder).Count > 0)
            .Select(folder => $"services/{folder}: add one line to ServiceCatalog.All and a ProjectReference per layer project to ChannelPlatform.ArchitectureTests.csproj")
            .NoViolations("Services not covered by the architecture tests");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_layer_project_of_a_catalogued_service_is_loaded_by_these_rules(string name)
    {
        var service = ServiceCatalog.Named(name);
        // Loading throws, naming the project, when a layer project exists but is not referenced here.
        service.Layers.Select(a => a.GetName().Name).ShouldBe(service.LayerNames.Where(service.HasProject));
        service.Domain.ShouldNotBeNull($"services/{service.Folder} has no {service.DomainName} project");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_holds_only_its_clean_architecture_projects(string name)
    {
        var service = ServiceCatalog.Named(name);
        var layers = service.LayerNames.ToHashSet(StringComparer.Ordinal);
        RepositoryLayout.ProjectsOf(service.Folder)
            .Where(p => !layers.Contains(Path.GetFileNameWithoutExtension(p)) || Path.GetFileName(Path.GetDirectoryName(p)) != Path.GetFileNameWithoutExtension(p))
            .Select(RepositoryLayout.Relative)
            .NoViolations($"services/{service.Folder}/<{service.Prefix}.Domain|Application|Infrastructure|Api>/ is the layout (CONVENTIONS.md rule 1)");
    }

    [Fact]
    public void The_project_scan_sees_references_inside_a_service()
    {
        // Guards against a vacuous rule: Partners.Api references Partners.Infrastructure, a project of its own service.
        var api = RepositoryLayout.ProjectPath("Partners", "Partners.Api");
        RepositoryLayout.ProjectReferences(api).Select(RepositoryLayout.ServiceOf).ShouldContain("Partners");
    }

    public static TheoryData<string> Services => ServiceCatalog.Names();
}
