using System.Reflection;
using NetArchTest.Rules;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>The building blocks: what other teams reference stays BCL-only, and the blocks layer like a service.</summary>
public sealed class BuildingBlockTests
{
    public static TheoryData<string> BclOnlyAssemblies => new() { "ChannelPlatform.Contracts", "ChannelPlatform.SharedKernel" };

    [Theory]
    [MemberData(nameof(BclOnlyAssemblies))]
    public void Contracts_and_shared_kernel_reference_only_the_BCL(string assemblyName)
    {
        Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => !Forbidden.IsBcl(a))
            .NoViolations($"{assemblyName} must reference only BCL assemblies (System*, Microsoft.CSharp, netstandard)");
    }

    [Theory]
    [MemberData(nameof(BclOnlyAssemblies))]
    public void Contracts_and_shared_kernel_projects_have_no_package_or_project_references(string assemblyName)
    {
        var project = RepositoryLayout.BuildingBlockProject(assemblyName);
        RepositoryLayout.ProjectReferences(project).Select(p => $"ProjectReference {p}")
            .Concat(RepositoryLayout.PackageReferences(project).Select(p => $"PackageReference {p}"))
            .NoViolations($"{Path.GetFileName(project)} must stay BCL-only");
    }

    [Fact]
    public void The_application_building_block_knows_no_persistence_broker_or_web()
    {
        Types.InAssembly(Assembly.Load(Forbidden.PlatformApplication)).ShouldNot().HaveDependencyOnAny(
                Forbidden.EntityFramework, Forbidden.MassTransit, Forbidden.Npgsql, Forbidden.AspNetCore, Forbidden.PlatformInfrastructure, Forbidden.PlatformHosting)
            .Passes($"{Forbidden.PlatformApplication} holds the mediator pipeline and ports only");
    }

    [Fact]
    public void The_infrastructure_building_block_does_not_depend_on_web_hosting()
    {
        Types.InAssembly(Assembly.Load(Forbidden.PlatformInfrastructure)).ShouldNot().HaveDependencyOn(Forbidden.PlatformHosting)
            .Passes($"{Forbidden.PlatformInfrastructure} must not depend on {Forbidden.PlatformHosting}");
    }

    [Fact]
    public void The_building_blocks_hold_no_service_code()
    {
        var services = ServiceCatalog.All.Select(s => s.Prefix + ".").ToArray();
        string[] blocks = ["ChannelPlatform.Contracts", "ChannelPlatform.SharedKernel", Forbidden.PlatformApplication, Forbidden.PlatformInfrastructure, Forbidden.PlatformHosting];
        foreach (var block in blocks)
        {
            Assembly.Load(block).GetReferencedAssemblies().Select(a => a.Name!)
                .Where(a => services.Any(s => a.StartsWith(s, StringComparison.Ordinal)) || a == ServiceCatalog.GatewayAssembly)
                .NoViolations($"{block} must not reference a service");
        }
    }

    [Fact]
    public void The_dependency_rules_see_a_dependency_that_exists()
    {
        // Guards against a vacuous rule: the outbox really uses MassTransit and EF Core.
        var result = Types.InAssembly(Assembly.Load(Forbidden.PlatformInfrastructure))
            .ShouldNot().HaveDependencyOnAny(Forbidden.MassTransit, Forbidden.EntityFramework).GetResult();
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain("ChannelPlatform.Infrastructure.Outbox.OutboxPublisher");
    }
}
