using NetArchTest.Rules;

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
        if (service.Domain is not { } domain)
            return;
        Types.InAssembly(domain).ShouldNot().HaveDependencyOnAny(
                Forbidden.EntityFramework, Forbidden.MassTransit, Forbidden.Mediator, Forbidden.FluentValidation, Forbidden.AspNetCore, Forbidden.Npgsql,
                service.ApplicationName, service.InfrastructureName, service.ApiName,
                Forbidden.PlatformApplication, Forbidden.PlatformInfrastructure, Forbidden.PlatformHosting, "ChannelPlatform.Contracts")
            .Passes($"{service.DomainName} must depend on nothing but the shared kernel and the BCL");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_domain_assembly_references_only_the_shared_kernel_and_the_BCL(string name)
    {
        var service = ServiceCatalog.Named(name);
        if (service.Domain is not { } domain)
            return;
        domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => !Forbidden.IsBcl(a) && a != "ChannelPlatform.SharedKernel")
            .NoViolations($"{service.DomainName} references assemblies other than ChannelPlatform.SharedKernel and the BCL");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_application_layer_knows_no_infrastructure_api_broker_driver_or_web(string name)
    {
        var service = ServiceCatalog.Named(name);
        if (service.Application is not { } application)
            return;
        Types.InAssembly(application).ShouldNot().HaveDependencyOnAny(
                service.InfrastructureName, service.ApiName, Forbidden.PlatformInfrastructure, Forbidden.PlatformHosting,
                Forbidden.MassTransit, Forbidden.Npgsql, Forbidden.AspNetCore)
            .Passes($"{service.ApplicationName} must not depend on Infrastructure, Api, MassTransit, Npgsql or ASP.NET Core");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_application_assembly_references_no_broker_driver_or_web_assembly(string name)
    {
        var service = ServiceCatalog.Named(name);
        if (service.Application is not { } application)
            return;
        application.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => a.StartsWith(Forbidden.MassTransit, StringComparison.Ordinal)
                || a.StartsWith(Forbidden.Npgsql, StringComparison.Ordinal)
                || a.StartsWith(Forbidden.AspNetCore, StringComparison.Ordinal)
                || a == service.InfrastructureName || a == service.ApiName
                || a == Forbidden.PlatformInfrastructure || a == Forbidden.PlatformHosting)
            .NoViolations($"{service.ApplicationName} references outer-layer assemblies");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Infrastructure_does_not_depend_on_the_api(string name)
    {
        var service = ServiceCatalog.Named(name);
        if (service.Infrastructure is not { } infrastructure)
            return;
        Types.InAssembly(infrastructure).ShouldNot().HaveDependencyOnAny(service.ApiName, Forbidden.PlatformHosting)
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
