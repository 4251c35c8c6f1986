using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Satisfaction;

namespace Partners.Application.Satisfaction.RecordSatisfaction;

public sealed record RecordSatisfactionCommand(Guid PartnerId, int? Score, string? Comment) : ICommand<SatisfactionResponseDto>, ITransactional;

public sealed class RecordSatisfactionValidator : AbstractValidator<RecordSatisfactionCommand>
{
    public RecordSatisfactionValidator()
    {
        RuleFor(c => c.Score).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Comment).MaximumLength(4000);
    }
}

public sealed class RecordSatisfactionHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordSatisfactionCommand, SatisfactionResponseDto>
{
    public async ValueTask<SatisfactionResponseDto> Handle(RecordSatisfactionCommand c, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, c.PartnerId, cancellationToken);
        var response = SatisfactionResponse.Record(c.PartnerId, c.Score!.Value, c.Comment, user.Name, clock.GetUtcNow());
        db.SatisfactionResponses.Add(response);
        return response.ToResponse();
    }
}
