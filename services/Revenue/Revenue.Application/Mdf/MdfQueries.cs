using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Mdf;

namespace Revenue.Application.Mdf;

public sealed record ListMdfRequestsQuery(Guid? PartnerId, string? Status, Guid? CampaignId, PageRequest Page) : IQuery<Page<MdfRequestResponse>>;

public sealed record GetMdfRequestQuery(Guid Id) : IQuery<MdfRequestResponse>;

public sealed record ListMdfClaimsQuery(Guid? PartnerId, Guid? RequestId, string? Status, PageRequest Page) : IQuery<Page<MdfClaimResponse>>;

public sealed record GetMdfClaimQuery(Guid Id) : IQuery<MdfClaimResponse>;

/// <summary>The claims of one request (<c>GET /mdf/requests/{id}/claims</c>): 404 when the request is unknown or another partner's.</summary>
public sealed record ListRequestClaimsQuery(Guid RequestId, PageRequest Page) : IQuery<Page<MdfClaimResponse>>;

public sealed class ListMdfRequestsValidator : AbstractValidator<ListMdfRequestsQuery>
{
    public ListMdfRequestsValidator() => RuleFor(q => q.Status).IsEnumName<ListMdfRequestsQuery, MdfRequestStatus>().When(q => q.Status is not null);
}

public sealed class ListMdfClaimsValidator : AbstractValidator<ListMdfClaimsQuery>
{
    public ListMdfClaimsValidator() => RuleFor(q => q.Status).IsEnumName<ListMdfClaimsQuery, MdfClaimStatus>().When(q => q.Status is not null);
}

/// <summary>MDF requests and claims; partner users see their own partner's only.</summary>
public sealed class MdfQueryHandler(IRevenueDbContext db, ICurrentUser user) :
    IQueryHandler<ListMdfRequestsQuery, Page<MdfRequestResponse>>,
    IQueryHandler<GetMdfRequestQuery, MdfRequestResponse>,
    IQueryHandler<ListMdfClaimsQuery, Page<MdfClaimResponse>>,
    IQueryHandler<GetMdfClaimQuery, MdfClaimResponse>,
    IQueryHandler<ListRequestClaimsQuery, Page<MdfClaimResponse>>
{
    public async ValueTask<Page<MdfClaimResponse>> Handle(ListRequestClaimsQuery q, CancellationToken ct)
    {
        var partnerId = await db.MdfRequests.Where(r => r.Id == q.RequestId).Select(r => (Guid?)r.PartnerId).SingleOrDefaultAsync(ct);
        if (partnerId is null || !user.CanSee(partnerId.Value))
            throw new NotFoundException("MDF request", q.RequestId);
        return await Handle(new ListMdfClaimsQuery(null, q.RequestId, null, q.Page), ct);
    }

    public async ValueTask<Page<MdfRequestResponse>> Handle(ListMdfRequestsQuery q, CancellationToken ct)
    {
        var requests = db.MdfRequests.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            requests = requests.Where(r => r.PartnerId == partnerId);
        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<MdfRequestStatus>(q.Status);
            requests = requests.Where(r => r.Status == status);
        }

        if (q.CampaignId is { } campaignId)
            requests = requests.Where(r => r.CampaignId == campaignId);
        if (q.Page.After is { } after)
            requests = requests.Where(r => r.Id > after);
        var rows = await requests.OrderBy(r => r.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(r => r.ToResponse()).ToList(), q.Page.Limit, r => r.Id);
    }

    public async ValueTask<MdfRequestResponse> Handle(GetMdfRequestQuery q, CancellationToken ct)
    {
        var request = await db.MdfRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == q.Id, ct);
        if (request is null || !user.CanSee(request.PartnerId))
            throw new NotFoundException("MDF request", q.Id);
        return request.ToResponse();
    }

    public async ValueTask<Page<MdfClaimResponse>> Handle(ListMdfClaimsQuery q, CancellationToken ct)
    {
        var claims = db.MdfClaims.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            claims = claims.Where(c => c.PartnerId == partnerId);
        if (q.RequestId is { } requestId)
            claims = claims.Where(c => c.RequestId == requestId);
        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<MdfClaimStatus>(q.Status);
            claims = claims.Where(c => c.Status == status);
        }

        if (q.Page.After is { } after)
            claims = claims.Where(c => c.Id > after);
        var rows = await claims.OrderBy(c => c.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(c => c.ToResponse()).ToList(), q.Page.Limit, c => c.Id);
    }

    public async ValueTask<MdfClaimResponse> Handle(GetMdfClaimQuery q, CancellationToken ct)
    {
        var claim = await db.MdfClaims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == q.Id, ct);
        if (claim is null || !user.CanSee(claim.PartnerId))
            throw new NotFoundException("MDF claim", q.Id);
        return claim.ToResponse();
    }
}
