using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Qbrs;

namespace Partners.Application.Qbrs.CompleteQbr;

public sealed record ActionItemInput(string? Description, string? Owner, DateOnly? DueDate);

public sealed record CompleteQbrCommand(Guid PartnerId, Guid QbrId, string? Summary, IReadOnlyList<ActionItemInput>? ActionItems) : ICommand<QbrResponse>, ITransactional;

public sealed class CompleteQbrValidator : AbstractValidator<CompleteQbrCommand>
{
    public CompleteQbrValidator()
    {
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(10_000);
        RuleFor(c => c.ActionItems).NotNull().Must(a => a!.Count <= 100).WithMessage("At most 100 action items.");
        RuleForEach(c => c.ActionItems).ChildRules(item =>
        {
            item.RuleFor(a => a.Description).NotEmpty().MaximumLength(1000);
            item.RuleFor(a => a.Owner).NotEmpty().MaximumLength(200);
            item.RuleFor(a => a.DueDate).NotNull();
        });
    }
}

public sealed class CompleteQbrHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<CompleteQbrCommand, QbrResponse>
{
    public async ValueTask<QbrResponse> Handle(CompleteQbrCommand c, CancellationToken cancellationToken)
    {
        user.EnsureCanAccess(c.PartnerId, "QBR", c.QbrId);
        var qbr = await db.Qbrs.SingleOrDefaultAsync(q => q.Id == c.QbrId && q.PartnerId == c.PartnerId, cancellationToken)
            ?? throw new NotFoundException("QBR", c.QbrId);
        preconditions.EnsureVersion(qbr.Version);
        qbr.Complete(c.Summary!, c.ActionItems!.Select(a => new ActionItem(a.Description!.Trim(), a.Owner!.Trim(), a.DueDate!.Value)), clock.GetUtcNow());
        return qbr.ToResponse();
    }
}
