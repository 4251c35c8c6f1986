using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Certifications;

public sealed record CertificationResponse(Guid Id, string Name, CertificationTrack Track, IReadOnlyList<Guid> RequiredCourseIds, int PassingScore, int ValidityMonths, DateTimeOffset CreatedAt, string Version) : IVersioned;

public sealed record CreateCertificationCommand(string? Name, string? Track, IReadOnlyList<Guid>? RequiredCourseIds, int? PassingScore, int? ValidityMonths)
    : ICommand<CertificationResponse>, ITransactional;

public sealed record ListCertificationsQuery(string? Track, PageRequest Page) : IQuery<Page<CertificationResponse>>;

public sealed class CreateCertificationValidator : AbstractValidator<CreateCertificationCommand>
{
    public CreateCertificationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Track).IsEnumName<CreateCertificationCommand, CertificationTrack>();
        RuleFor(c => c.RequiredCourseIds).NotNull().Must(r => r!.Count <= 50).WithMessage("At most 50 required courses.");
        RuleFor(c => c.PassingScore).NotNull().InclusiveBetween(1, 100);
        RuleFor(c => c.ValidityMonths).NotNull().InclusiveBetween(1, 60);
    }
}

public sealed class ListCertificationsValidator : AbstractValidator<ListCertificationsQuery>
{
    public ListCertificationsValidator() => RuleFor(q => q.Track).IsEnumName<ListCertificationsQuery, CertificationTrack>().When(q => q.Track is not null);
}

public static class CertificationMapping
{
    public static CertificationResponse ToResponse(this Certification c) =>
        new(c.Id, c.Name, c.Track, c.RequiredCourseIds, c.PassingScore, c.ValidityMonths, c.CreatedAt, VersionTag.Format(c.Version));
}

public sealed class CertificationHandler(IEnablementDbContext db, TimeProvider clock) :
    ICommandHandler<CreateCertificationCommand, CertificationResponse>,
    IQueryHandler<ListCertificationsQuery, Page<CertificationResponse>>
{
    public async ValueTask<CertificationResponse> Handle(CreateCertificationCommand c, CancellationToken ct)
    {
        var required = c.RequiredCourseIds!.Distinct().ToList();
        var known = await db.Courses.CountAsync(x => required.Contains(x.Id), ct);
        if (known != required.Count)
            throw new BusinessRuleViolationException(new RequiredCoursesMustExist(required.Count - known));
        var certification = Certification.Define(c.Name!, Validation.ParseEnum<CertificationTrack>(c.Track!), required, c.PassingScore!.Value, c.ValidityMonths!.Value, clock.GetUtcNow());
        db.Certifications.Add(certification);
        return certification.ToResponse();
    }

    public async ValueTask<Page<CertificationResponse>> Handle(ListCertificationsQuery q, CancellationToken ct)
    {
        var certifications = db.Certifications.AsNoTracking();
        if (q.Track is not null)
        {
            var track = Validation.ParseEnum<CertificationTrack>(q.Track);
            certifications = certifications.Where(c => c.Track == track);
        }

        if (q.Page.After is { } after)
            certifications = certifications.Where(c => c.Id > after);
        var rows = await certifications.OrderBy(c => c.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(c => c.ToResponse()).ToList(), q.Page.Limit, c => c.Id);
    }

    private sealed record RequiredCoursesMustExist(int Unknown) : IBusinessRule
    {
        public bool IsBroken() => Unknown > 0;

        public string Message => $"{Unknown} of the requiredCourseIds are not courses.";
    }
}
