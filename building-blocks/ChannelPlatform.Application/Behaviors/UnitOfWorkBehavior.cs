using ChannelPlatform.Application.Messaging;
using Mediator;

namespace ChannelPlatform.Application.Behaviors;

/// <summary>Last before the handler: a state-changing message runs inside one transaction with its outbox rows.</summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ITransactional)
            return next(message, cancellationToken);
        return new ValueTask<TResponse>(unitOfWork.ExecuteAsync(ct => next(message, ct).AsTask(), cancellationToken));
    }
}
