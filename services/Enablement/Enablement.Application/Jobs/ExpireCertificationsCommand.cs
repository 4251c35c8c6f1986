using ChannelPlatform.Application.Messaging;
using Enablement.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Jobs;

/// <summary>The daily expiry: active certifications past their date expire and publish certification-expired, once.</summary>
public sealed record ExpireCertificationsCommand(int Batch = 1000) : ICommand<int>, ITransactional;

public sealed class ExpireCertificationsHandler(IEnablementDbContext db, TimeProvider clock) : ICommandHandler<ExpireCertificationsCommand, int>
{
    public async ValueTask<int> Handle(ExpireCertificationsCommand c, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ids = await db.ClaimExpiredCertificationsAsync(today, c.Batch, ct);
        if (ids.Count == 0)
            return 0;
        var due = await db.RepCertifications.Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return due.Count(r => r.ExpireIfDue(today));
    }
}
