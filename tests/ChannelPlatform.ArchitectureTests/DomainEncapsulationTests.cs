using System.Reflection;
using System.Runtime.CompilerServices;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>
/// State changes go through behaviour methods (<c>Approve</c>, <c>Sign</c>, …) where the rules live,
/// so nothing outside the domain can set a property. <c>init</c> accessors (records: value objects,
/// domain events) are allowed: they set a value once, at construction, and never change it after.
/// </summary>
public sealed class DomainEncapsulationTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> Services => ServiceCatalog.Names();

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_properties_have_no_public_setter(string name)
    {
        var service = ServiceCatalog.Named(name);
        DomainTypes(service)
            .SelectMany(t => t.GetProperties(Declared))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .NoViolations($"{service.DomainName} exposes public setters: change state through a behaviour method instead");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_types_expose_no_mutable_public_fields(string name)
    {
        var service = ServiceCatalog.Named(name);
        DomainTypes(service)
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(Declared))
            .Where(f => f.IsPublic && !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .NoViolations($"{service.DomainName} exposes mutable public fields");
    }

    [Fact]
    public void The_shared_kernel_base_types_have_no_public_setter()
    {
        typeof(SharedKernel.AggregateRoot).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .SelectMany(t => t.GetProperties(Declared))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .NoViolations("ChannelPlatform.SharedKernel exposes public setters");
    }

    private static IEnumerable<Type> DomainTypes(Service service) =>
        service.Domain.GetTypes().Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
