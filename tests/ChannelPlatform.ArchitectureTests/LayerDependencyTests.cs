using NetArchTest.Rules;
using static ChannelPlatform.ArchitectureTests.Forbidden;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>Dependencies point inward only: Api → Application → Domain; Infrastructure → Application → Domain.</summary>
public sealed class LayerDependencyTests
{
    public static TheoryData<string> Services => ServiceCatalog.Names();

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_uses_no_framework_and_no_outer_layer(string name)
    {
        var service = ServiceCatalog.Named(name);
        Types.InAssembly(service.Domain).ShouldNot().HaveDependencyOnAny(
                EntityFramework, MassTransit, Mediator, FluentValidation, AspNetCore, Npgsql,
                service.ApplicationName, service.InfrastructureName, service.ApiName,
                PlatformApplication, PlatformInfrastructure, PlatformHosting, "ChannelPlatform.Contracts")
            .Passes($"{service.DomainName} must depend on nothing but the shared kernel and the BCL");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_assembly_references_only_the_shared_kernel_and_the_BCL(string name)
    {
        var service = ServiceCatalog.Named(name);
        service.Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => !IsBcl(a) && a != "ChannelPlatform.SharedKernel")
            .NoViolations($"{service.DomainName} references assemblies other than ChannelPlatform.SharedKernel and the BCL");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_application_layer_knows_no_infrastructure_api_broker_driver_or_web(string name)
    {
        var service = ServiceCatalog.Named(name);
        Types.InAssembly(service.Application).ShouldNot().HaveDependencyOnAny(
                service.InfrastructureName, service.ApiName, PlatformInfrastructure, PlatformHosting,
                MassTransit, Npgsql, AspNetCore)
            .Passes($"{service.ApplicationName} must not depend on Infrastructure, Api, MassTransit, Npgsql or ASP.NET Core");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_application_assembly_references_no_broker_driver_or_web_assembly(string name)
    {
        var service = ServiceCatalog.Named(name);
        service.Application.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => a.StartsWith(MassTransit, StringComparison.Ordinal)
                || a.StartsWith(Npgsql, StringComparison.Ordinal)
                || a.StartsWith(AspNetCore, StringComparison.Ordinal)
                || a == service.InfrastructureName || a == service.ApiName
                || a == PlatformInfrastructure || a == PlatformHosting)
            .NoViolations($"{service.ApplicationName} references outer-layer assemblies");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Infrastructure_does_not_depend_on_the_api(string name)
    {
        var service = ServiceCatalog.Named(name);
        Types.InAssembly(service.Infrastructure).ShouldNot().HaveDependencyOnAny(service.ApiName, PlatformHosting)
            .Passes($"{service.InfrastructureName} must not depend on {service.ApiName} or the web hosting building block");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void No_layer_of_a_service_uses_another_services_types(string name)
    {
        var service = ServiceCatalog.Named(name);
        var others = ServiceCatalog.All.Where(s => s != service).Select(s => s.Prefix + ".").ToArray();
        if (others.Length == 0)
            return; // one service so far: nothing to cross into
        foreach (var layer in service.Layers)
        {
            Types.InAssembly(layer).ShouldNot().HaveDependencyOnAny(others)
                .Passes($"{layer.GetName().Name} must not use another service's types (integration events only)");
        }
    }
}
