namespace ChannelPlatform.Application.Behaviors;

/// <summary>The pipeline order every service uses: logging → validation → unit of work.</summary>
public static class Pipeline
{
    public static readonly Type[] Behaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
}
