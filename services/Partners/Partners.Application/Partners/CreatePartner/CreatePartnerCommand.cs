using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Partners.CreatePartner;

public sealed record CreatePartnerCommand(
    string? Name,
    string? Type,
    string? Website,
    string? Region,
    string? Country,
    int? SalesTeamSize,
    IReadOnlyList<string>? Specializations) : ICommand<PartnerResponse>, ITransactional;

public sealed class CreatePartnerHandler(IPartnersDbContext db, TimeProvider clock) : ICommandHandler<CreatePartnerCommand, PartnerResponse>
{
    public async ValueTask<PartnerResponse> Handle(CreatePartnerCommand command, CancellationToken cancellationToken)
    {
        var partner = Partner.Prospect(
            command.Name!,
            Validation.ParseEnum<PartnerType>(command.Type!),
            command.Website!,
            Validation.ParseEnum<Region>(command.Region!),
            command.Country!,
            command.SalesTeamSize!.Value,
            command.Specializations,
            clock.GetUtcNow());
        if (await db.Partners.AnyAsync(p => p.Domain == partner.Domain, cancellationToken))
            throw new ConflictException($"A partner with the domain '{partner.Domain}' already exists.");
        db.Partners.Add(partner);
        return partner.ToResponse();
    }
}
