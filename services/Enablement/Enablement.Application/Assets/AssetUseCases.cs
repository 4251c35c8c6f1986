using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Assets;
using Enablement.Domain.Roster;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Assets;

public sealed record AssetResponse(Guid Id, string Title, AssetKind Kind, string Url, string? Product, PartnerTier MinimumTier, DateTimeOffset CreatedAt, string Version) : IVersioned;

public sealed record CreateAssetCommand(string? Title, string? Kind, string? Url, string? Product, string? MinimumTier) : ICommand<AssetResponse>, ITransactional;

public sealed record ListAssetsQuery(string? Kind, string? Product, PageRequest Page) : IQuery<Page<AssetResponse>>;

public sealed record GetAssetQuery(Guid AssetId) : IQuery<AssetResponse>;

public sealed class CreateAssetValidator : AbstractValidator<CreateAssetCommand>
{
    public CreateAssetValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).IsEnumName<CreateAssetCommand, AssetKind>();
        RuleFor(c => c.Url).NotEmpty().MaximumLength(2000)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https").WithMessage("'url' must be an absolute http(s) address.");
        RuleFor(c => c.Product).MaximumLength(100);
        RuleFor(c => c.MinimumTier).IsEnumName<CreateAssetCommand, PartnerTier>();
    }
}

public sealed class ListAssetsValidator : AbstractValidator<ListAssetsQuery>
{
    public ListAssetsValidator() => RuleFor(q => q.Kind).IsEnumName<ListAssetsQuery, AssetKind>().When(q => q.Kind is not null);
}

/// <summary>A partner user sees assets at or below its tier (from the partner events); above it they do not exist (404).</summary>
public sealed class AssetHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<CreateAssetCommand, AssetResponse>,
    IQueryHandler<ListAssetsQuery, Page<AssetResponse>>,
    IQueryHandler<GetAssetQuery, AssetResponse>
{
    public ValueTask<AssetResponse> Handle(CreateAssetCommand c, CancellationToken ct)
    {
        var asset = Asset.Publish(c.Title!, Validation.ParseEnum<AssetKind>(c.Kind!), c.Url!, c.Product, Validation.ParseEnum<PartnerTier>(c.MinimumTier!), clock.GetUtcNow());
        db.Assets.Add(asset);
        return ValueTask.FromResult(ToResponse(asset));
    }

    public async ValueTask<Page<AssetResponse>> Handle(ListAssetsQuery q, CancellationToken ct)
    {
        var assets = await VisibleAsync(ct);
        if (q.Kind is not null)
        {
            var kind = Validation.ParseEnum<AssetKind>(q.Kind);
            assets = assets.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(q.Product))
            assets = assets.Where(a => a.Product == q.Product);
        if (q.Page.After is { } after)
            assets = assets.Where(a => a.Id > after);
        var rows = await assets.OrderBy(a => a.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(ToResponse).ToList(), q.Page.Limit, a => a.Id);
    }

    public async ValueTask<AssetResponse> Handle(GetAssetQuery q, CancellationToken ct)
    {
        var asset = await (await VisibleAsync(ct)).SingleOrDefaultAsync(a => a.Id == q.AssetId, ct) ?? throw new NotFoundException("Asset", q.AssetId);
        return ToResponse(asset);
    }

    private async Task<IQueryable<Asset>> VisibleAsync(CancellationToken ct)
    {
        var assets = db.Assets.AsNoTracking();
        if (!user.IsPartner)
            return assets;
        var tier = await db.Partners.Where(p => p.PartnerId == user.PartnerId && p.Active).Select(p => (int?)p.TierRank).SingleOrDefaultAsync(ct);
        return tier is null ? assets.Where(_ => false) : assets.Where(a => a.MinimumTierRank <= tier);
    }

    private static AssetResponse ToResponse(Asset a) => new(a.Id, a.Title, a.Kind, a.Url, a.Product, a.MinimumTier, a.CreatedAt, VersionTag.Format(a.Version));
}
