using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.Application.Behaviors;
using ChannelPlatform.Hosting;
using ChannelPlatform.Hosting.Messaging;
using ChannelPlatform.Hosting.OpenApi;
using FluentValidation;
using Webhooks.Api.Endpoints;
using Webhooks.Application.Abstractions;
using Webhooks.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (SchemaMigrations.Requested(args))
{
    await DependencyInjection.MigrateAsync(builder.Configuration);
    return;
}

builder.AddServiceDefaults("webhooks-service");
builder.Services.AddPlatformOpenApi("Channel Platform — Webhooks service", WebhooksApiDocs.Description);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Fixed order for every service: logging → validation → unit of work.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<IWebhooksDbContext>(ServiceLifetime.Singleton);
builder.Services.AddWebhooksInfrastructure(builder.Configuration);

var app = builder.Build();

app.UseServiceDefaults();
var api = app.MapPlatformApi();
api.MapEndpointRoutes();
api.MapDeliveryRoutes();
app.MapMessagingAdmin(DependencyInjection.ServiceName);

await app.RunAsync();
