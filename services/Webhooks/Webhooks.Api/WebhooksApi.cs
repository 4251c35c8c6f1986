namespace Webhooks.Api;

/// <summary>Marks this entry assembly for WebApplicationFactory (several services' Program types share one name).</summary>
public sealed class WebhooksApi;
