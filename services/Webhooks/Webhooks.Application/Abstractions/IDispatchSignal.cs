namespace Webhooks.Application.Abstractions;

/// <summary>Wakes the dispatcher in this process when deliveries were written or asked for again.</summary>
public interface IDispatchSignal
{
    void Notify();
}
