using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Courses;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Courses;

public sealed record CourseResponse(Guid Id, string Title, string Product, CourseLevel Level, decimal DurationHours, CourseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string Version) : IVersioned;

public sealed record CreateCourseCommand(string? Title, string? Product, string? Level, decimal? DurationHours) : ICommand<CourseResponse>, ITransactional;

public sealed record PublishCourseCommand(Guid CourseId) : ICommand<CourseResponse>, ITransactional;

public sealed record ListCoursesQuery(string? Status, string? Product, PageRequest Page) : IQuery<Page<CourseResponse>>;

public sealed class CreateCourseValidator : AbstractValidator<CreateCourseCommand>
{
    public CreateCourseValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Product).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Level).IsEnumName<CreateCourseCommand, CourseLevel>();
        RuleFor(c => c.DurationHours).NotNull().GreaterThan(0).LessThanOrEqualTo(1000);
    }
}

public sealed class ListCoursesValidator : AbstractValidator<ListCoursesQuery>
{
    public ListCoursesValidator() => RuleFor(q => q.Status).IsEnumName<ListCoursesQuery, CourseStatus>().When(q => q.Status is not null);
}

public static class CourseMapping
{
    public static CourseResponse ToResponse(this Course c) =>
        new(c.Id, c.Title, c.Product, c.Level, c.DurationHours, c.Status, c.CreatedAt, c.PublishedAt, VersionTag.Format(c.Version));
}

public sealed class CourseHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<CreateCourseCommand, CourseResponse>,
    ICommandHandler<PublishCourseCommand, CourseResponse>,
    IQueryHandler<ListCoursesQuery, Page<CourseResponse>>
{
    public ValueTask<CourseResponse> Handle(CreateCourseCommand c, CancellationToken ct)
    {
        var course = Course.Draft(c.Title!, c.Product!, Validation.ParseEnum<CourseLevel>(c.Level!), c.DurationHours!.Value, clock.GetUtcNow());
        db.Courses.Add(course);
        return ValueTask.FromResult(course.ToResponse());
    }

    public async ValueTask<CourseResponse> Handle(PublishCourseCommand c, CancellationToken ct)
    {
        var course = await db.Courses.SingleOrDefaultAsync(x => x.Id == c.CourseId, ct) ?? throw new NotFoundException("Course", c.CourseId);
        course.Publish(clock.GetUtcNow());
        return course.ToResponse();
    }

    /// <summary>Partner users see published courses only.</summary>
    public async ValueTask<Page<CourseResponse>> Handle(ListCoursesQuery q, CancellationToken ct)
    {
        var courses = db.Courses.AsNoTracking();
        if (user.IsPartner)
            courses = courses.Where(c => c.Status == CourseStatus.Published);
        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<CourseStatus>(q.Status);
            courses = courses.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(q.Product))
            courses = courses.Where(c => c.Product == q.Product);
        if (q.Page.After is { } after)
            courses = courses.Where(c => c.Id > after);
        var rows = await courses.OrderBy(c => c.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(c => c.ToResponse()).ToList(), q.Page.Limit, c => c.Id);
    }
}
