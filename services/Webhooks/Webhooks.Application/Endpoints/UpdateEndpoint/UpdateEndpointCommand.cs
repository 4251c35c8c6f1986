using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Safety;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Endpoints.UpdateEndpoint;

/// <summary>PATCH: every field optional; <c>enabled: true</c> also re-enables an endpoint the service disabled.</summary>
public sealed record UpdateEndpointCommand(Guid Id, string? Url, IReadOnlyList<string>? Events, string? Description, bool? Enabled)
    : ICommand<EndpointResponse>, ITransactional;

public sealed class UpdateEndpointValidator : AbstractValidator<UpdateEndpointCommand>
{
    public UpdateEndpointValidator()
    {
        RuleFor(c => c.Url).NotEmpty().MaximumLength(WebhookUrl.MaxLength).When(c => c.Url is not null);
        RuleFor(c => c.Events).NotEmpty().When(c => c.Events is not null);
        RuleForEach(c => c.Events).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(WebhookEndpoint.MaxDescriptionLength);
    }
}

public sealed class UpdateEndpointHandler(IWebhooksDbContext db, ICurrentUser user, IRequestPreconditions preconditions, OutboundPolicy policy, TimeProvider clock)
    : ICommandHandler<UpdateEndpointCommand, EndpointResponse>
{
    public async ValueTask<EndpointResponse> Handle(UpdateEndpointCommand c, CancellationToken ct)
    {
        var endpoint = await db.GetEndpointAsync(user, c.Id, ct);
        preconditions.EnsureVersion(endpoint.Version);
        WebhookUrl? url = null;
        if (c.Url is not null)
        {
            url = WebhookUrl.Parse(c.Url);
            policy.EnsureAllowed(url);
        }

        endpoint.Update(url, c.Events, c.Description, c.Enabled, clock.GetUtcNow());
        return endpoint.ToResponse();
    }
}
