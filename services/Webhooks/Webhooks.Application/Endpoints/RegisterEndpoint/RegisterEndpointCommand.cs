using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Safety;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Endpoints.RegisterEndpoint;

public sealed record RegisterEndpointCommand(Guid? PartnerId, string? Url, IReadOnlyList<string>? Events, string? Description)
    : ICommand<EndpointWithSecretResponse>, ITransactional;

public sealed class RegisterEndpointValidator : AbstractValidator<RegisterEndpointCommand>
{
    public RegisterEndpointValidator()
    {
        RuleFor(c => c.PartnerId).NotEqual(Guid.Empty);
        RuleFor(c => c.Url).NotEmpty().MaximumLength(WebhookUrl.MaxLength);
        RuleFor(c => c.Events).NotEmpty();
        RuleForEach(c => c.Events).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(WebhookEndpoint.MaxDescriptionLength);
    }
}

/// <summary>
/// A partner user registers for its own partner (another partnerId is 403); a channel manager names the partner.
/// The secret is generated here, returned once and stored encrypted.
/// </summary>
public sealed class RegisterEndpointHandler(
    IWebhooksDbContext db, ICurrentUser user, OutboundPolicy policy, ISecretProtector protector, IOptions<WebhooksOptions> options, TimeProvider clock)
    : ICommandHandler<RegisterEndpointCommand, EndpointWithSecretResponse>
{
    public async ValueTask<EndpointWithSecretResponse> Handle(RegisterEndpointCommand c, CancellationToken ct)
    {
        var partnerId = PartnerOf(c.PartnerId);
        var url = WebhookUrl.Parse(c.Url);
        policy.EnsureAllowed(url);
        var max = options.Value.MaxEndpointsPerPartner;
        if (await db.Endpoints.CountAsync(e => e.PartnerId == partnerId, ct) >= max)
            throw new BusinessRuleViolationException(new AtMostEndpointsPerPartner(max));
        var secret = SigningSecret.New();
        var endpoint = WebhookEndpoint.Register(partnerId, url, c.Events!, c.Description, protector.Protect(secret), clock.GetUtcNow());
        db.Endpoints.Add(endpoint);
        return endpoint.ToResponse(secret);
    }

    private Guid PartnerOf(Guid? requested)
    {
        if (!user.IsPartner)
            return requested ?? throw new InvalidValueException("partnerId", "'partnerId' is required: name the partner whose events the endpoint receives.");
        var own = user.PartnerId ?? throw new ForbiddenException("The token carries no partner_id.");
        if (requested is { } other && other != own)
            throw new ForbiddenException("A partner user registers webhook endpoints for its own partner only.");
        return own;
    }

    private sealed record AtMostEndpointsPerPartner(int Max) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"A partner has at most {Max} webhook endpoints; delete one first.";
    }
}
