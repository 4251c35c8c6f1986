using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.SharedKernel;
using DealRegistration.Application.Abstractions;
using DealRegistration.Application.Leads;
using DealRegistration.Domain.Leads;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Campaigns.ImportLeads;

public sealed record LeadInput(string? CompanyName, string? Domain, string? ContactName, string? Email, string? Country, Guid? PartnerId);

public sealed record ImportLeadsCommand(Guid CampaignId, IReadOnlyList<LeadInput>? Leads) : ICommand<LeadImportResult>, ITransactional;

public enum LeadRowStatus
{
    Created,
    Duplicate,
    Rejected,
}

public sealed record LeadImportRow(int Index, LeadRowStatus Status, string? Email, LeadResponse? Lead, IReadOnlyDictionary<string, string[]>? Errors);

public sealed record LeadImportResult(int Created, int Duplicates, int Rejected, IReadOnlyList<LeadImportRow> Results);

public sealed class ImportLeadsValidator : AbstractValidator<ImportLeadsCommand>
{
    public ImportLeadsValidator() => RuleFor(c => c.Leads).NotEmpty().Must(l => l!.Count <= 5000).WithMessage("At most 5000 leads per request.");
}

/// <summary>Each row stands alone; a lead whose email is already in the campaign (or earlier in the file) is reported as a duplicate, not stored twice.</summary>
public sealed class ImportLeadsHandler(IDealsDbContext db, TimeProvider clock) : ICommandHandler<ImportLeadsCommand, LeadImportResult>
{
    private static readonly LeadInputValidator RowValidator = new();

    public async ValueTask<LeadImportResult> Handle(ImportLeadsCommand c, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", c.CampaignId);
        var named = c.Leads!.Where(l => l?.PartnerId is not null).Select(l => l!.PartnerId!.Value).Distinct().ToList();
        var assignable = (await db.Partners.Where(p => named.Contains(p.PartnerId) && p.Status == Domain.Partners.PartnerStatus.Active)
            .Select(p => p.PartnerId).ToListAsync(cancellationToken)).Where(campaign.Includes).ToHashSet();
        var emails = c.Leads!.Where(l => l?.Email is not null).Select(l => l!.Email!.Trim().ToLowerInvariant()).Distinct().ToList();
        var known = (await db.Leads.Where(l => l.CampaignId == c.CampaignId && emails.Contains(l.Email)).Select(l => l.Email).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var results = new List<LeadImportRow>(c.Leads!.Count);
        for (var i = 0; i < c.Leads.Count; i++)
            results.Add(ImportRow(c.CampaignId, i, c.Leads[i], known, assignable, now));
        return new LeadImportResult(
            results.Count(r => r.Status == LeadRowStatus.Created),
            results.Count(r => r.Status == LeadRowStatus.Duplicate),
            results.Count(r => r.Status == LeadRowStatus.Rejected),
            results);
    }

    private LeadImportRow ImportRow(Guid campaignId, int index, LeadInput? input, HashSet<string> known, HashSet<Guid> assignable, DateTimeOffset now)
    {
        var validation = input is null ? null : RowValidator.Validate(input);
        if (input is null || !validation!.IsValid)
        {
            var errors = validation?.Errors.GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..]).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())
                ?? new Dictionary<string, string[]> { ["lead"] = ["The row is empty."] };
            return new LeadImportRow(index, LeadRowStatus.Rejected, input?.Email, null, errors);
        }

        var email = input.Email!.Trim().ToLowerInvariant();
        if (input.PartnerId is { } named && !assignable.Contains(named))
            return new LeadImportRow(index, LeadRowStatus.Rejected, email, null, new Dictionary<string, string[]> { ["partnerId"] = ["The partner is not an active partner of this campaign."] });
        if (!known.Add(email))
            return new LeadImportRow(index, LeadRowStatus.Duplicate, email, null, new Dictionary<string, string[]> { ["email"] = ["A lead with this email is already in the campaign."] });
        try
        {
            var lead = Lead.Import(campaignId, input.CompanyName!, input.Domain, input.ContactName!, email, input.Country!, now);
            if (input.PartnerId is { } partnerId)
                lead.Assign(partnerId, now);
            db.Leads.Add(lead);
            return new LeadImportRow(index, LeadRowStatus.Created, email, lead.ToResponse(), null);
        }
        catch (InvalidValueException ex)
        {
            known.Remove(email);
            return new LeadImportRow(index, LeadRowStatus.Rejected, email, null, new Dictionary<string, string[]> { [ex.Field] = [ex.Message] });
        }
    }
}

public sealed class LeadInputValidator : AbstractValidator<LeadInput>
{
    public LeadInputValidator()
    {
        RuleFor(l => l.CompanyName).NotEmpty().MaximumLength(200);
        RuleFor(l => l.ContactName).NotEmpty().MaximumLength(200);
        RuleFor(l => l.Email).IsEmail();
        RuleFor(l => l.Country).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("'country' must be an ISO 3166-1 alpha-2 code.");
        RuleFor(l => l.Domain).MaximumLength(253);
    }
}
