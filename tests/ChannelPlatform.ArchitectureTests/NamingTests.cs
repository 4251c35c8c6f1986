using System.Reflection;
using System.Runtime.CompilerServices;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>Names that let a newcomer find a use case: one folder holding its command, handler and validator.</summary>
public sealed class NamingTests
{
    /// <summary>Mediator's handler interfaces (ICommandHandler, IQueryHandler, IRequestHandler, INotificationHandler, stream variants).</summary>
    private static readonly HashSet<Type> HandlerInterfaces = typeof(Mediator.ISender).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && t.IsGenericTypeDefinition && BareName(t).EndsWith("Handler", StringComparison.Ordinal))
        .ToHashSet();

    public static TheoryData<string> Services => ServiceCatalog.Names();

    [Fact]
    public void The_mediator_handler_interfaces_are_found()
    {
        HandlerInterfaces.Select(BareName).ShouldContain("ICommandHandler");
        HandlerInterfaces.Select(BareName).ShouldContain("IQueryHandler");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Mediator_handlers_are_named_Handler(string name)
    {
        var service = ServiceCatalog.Named(name);
        var handlers = ServiceTypes(service).Where(IsHandler).ToList();
        if (service.Application is not null)
            handlers.ShouldNotBeEmpty($"{service} has no mediator handler: is the rule still looking at the right interfaces?");
        handlers.Where(t => !BareName(t).EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .NoViolations("Mediator handlers must be named *Handler");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Types_named_Handler_in_the_application_layer_are_mediator_handlers(string name)
    {
        var service = ServiceCatalog.Named(name);
        if (service.Application is not { } application)
            return;
        Concrete(application)
            .Where(t => BareName(t).EndsWith("Handler", StringComparison.Ordinal) && !IsHandler(t))
            .Select(t => t.FullName!)
            .NoViolations("A *Handler in the application layer that no mediator dispatches to misleads the reader");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Validators_are_named_Validator(string name)
    {
        var service = ServiceCatalog.Named(name);
        var validators = ServiceTypes(service).Where(t => typeof(FluentValidation.IValidator).IsAssignableFrom(t)).ToList();
        if (service.Application is not null)
            validators.ShouldNotBeEmpty($"{service} has no validator: is the rule still looking at the right type?");
        validators.Where(t => !BareName(t).EndsWith("Validator", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .NoViolations("FluentValidation validators must be named *Validator");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Message_consumers_are_named_Consumer_and_live_in_infrastructure(string name)
    {
        var service = ServiceCatalog.Named(name);
        var consumers = ServiceTypes(service).Where(IsConsumer).ToList();
        consumers.Where(t => !BareName(t).EndsWith("Consumer", StringComparison.Ordinal) || t.Assembly.GetName().Name != service.InfrastructureName)
            .Select(t => $"{t.FullName} in {t.Assembly.GetName().Name}")
            .NoViolations("MassTransit consumers are named *Consumer and wired in Infrastructure");
    }

    private static IEnumerable<Type> ServiceTypes(Service service) =>
        service.Layers.SelectMany(Concrete)
            // The Mediator source generator emits its own types into the Api assembly.
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Mediator", StringComparison.Ordinal));

    private static IEnumerable<Type> Concrete(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsDefined(typeof(CompilerGeneratedAttribute), false));

    private static bool IsHandler(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()));

    private static bool IsConsumer(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>));

    private static string BareName(Type type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }
}
