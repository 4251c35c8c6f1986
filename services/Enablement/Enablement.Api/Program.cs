using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.Application.Behaviors;
using ChannelPlatform.Hosting;
using ChannelPlatform.Hosting.Messaging;
using ChannelPlatform.Hosting.OpenApi;
using Enablement.Api.Endpoints;
using Enablement.Application.Abstractions;
using Enablement.Infrastructure;
using FluentValidation;

var builder = WebApplication.CreateBuilder(args);
if (SchemaMigrations.Requested(args))
{
    await DependencyInjection.MigrateAsync(builder.Configuration);
    return;
}

builder.AddServiceDefaults("enablement-service");
builder.Services.AddPlatformOpenApi("Channel Platform — Enablement service", EnablementEndpoints.Description);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Fixed order for every service: logging → validation → unit of work.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<IEnablementDbContext>(ServiceLifetime.Singleton);
builder.Services.AddEnablementInfrastructure(builder.Configuration);
builder.Services.AddEnablementPolicies();

var app = builder.Build();

app.UseServiceDefaults();
var api = app.MapPlatformApi();
api.MapCatalogEndpoints();
api.MapTrainingEndpoints();
api.MapExamEndpoints();
app.MapMessagingAdmin(DependencyInjection.ServiceName);

await app.RunAsync();
