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
        var projects = RepositoryLayout.ProjectsOf(serviceFolder);
        projects.ShouldNotBeEmpty($"services/{serviceFolder} holds no project");
        projects
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
            .Where(r => RepositoryLayout.ServiceOf(r.reference) is not null)
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
        // A new service folder that is not in ServiceCatalog would escape every layer rule silently.
        var catalogued = ServiceCatalog.All.Select(s => s.Folder).Append(ServiceCatalog.GatewayFolder).ToHashSet(StringComparer.Ordinal);
        RepositoryLayout.ServiceFolders()
            .Where(folder => !catalogued.Contains(folder))
            .Select(folder => $"services/{folder}: add it to ServiceCatalog.All and reference its four projects")
            .NoViolations("Services not covered by the architecture tests");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_has_the_four_clean_architecture_projects(string name)
    {
        var service = ServiceCatalog.Named(name);
        var projects = RepositoryLayout.ProjectsOf(service.Folder).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        service.LayerNames.Where(layer => !projects.Contains(layer))
            .Select(layer => $"services/{service.Folder}/{layer}/{layer}.csproj is missing")
            .NoViolations("Layout shows the architecture");
    }

    public static TheoryData<string> Services => ServiceCatalog.Names();
}
