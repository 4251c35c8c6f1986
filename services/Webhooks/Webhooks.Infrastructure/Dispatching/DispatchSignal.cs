using Webhooks.Application.Abstractions;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>Wakes the dispatcher early; several notifications before it wakes count as one.</summary>
internal sealed class DispatchSignal : IDispatchSignal, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
