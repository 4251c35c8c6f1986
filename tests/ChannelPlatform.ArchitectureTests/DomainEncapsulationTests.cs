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
        PublicSetters(DomainTypes(service))
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
        PublicSetters(typeof(SharedKernel.AggregateRoot).Assembly.GetTypes().Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false)))
            .NoViolations("ChannelPlatform.SharedKernel exposes public setters");
    }

    [Fact]
    public void The_rule_tells_a_public_setter_from_init_private_and_protected_ones()
    {
        PublicSetters([typeof(Specimen)]).ShouldBe([$"{typeof(Specimen).FullName}.Open"]);
    }

    private static IEnumerable<string> PublicSetters(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetProperties(Declared))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");

    private static IEnumerable<Type> DomainTypes(Service service) =>
        (service.Domain?.GetTypes() ?? []).Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

#pragma warning disable CA1852 // not sealed: it declares a protected setter on purpose
    private record Specimen(int Positional)
    {
        public int Open { get; set; }

        public int Once { get; init; }

        public int Guarded { get; private set; }

        public int Inherited { get; protected set; }

        public int ReadOnly => Positional + Open + Once + Guarded + Inherited;
    }
#pragma warning restore CA1852
}
