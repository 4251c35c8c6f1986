using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.Application.Behaviors;
using ChannelPlatform.Hosting;
using ChannelPlatform.Hosting.Messaging;
using ChannelPlatform.Hosting.OpenApi;
using DealRegistration.Api.Endpoints;
using DealRegistration.Application.Abstractions;
using DealRegistration.Infrastructure;
using FluentValidation;

var builder = WebApplication.CreateBuilder(args);
if (SchemaMigrations.Requested(args))
{
    await DependencyInjection.MigrateAsync(builder.Configuration);
    return;
}

builder.AddServiceDefaults("dealreg-service");
builder.Services.AddPlatformOpenApi("Channel Platform — DealRegistration service", DealRegistrationApiDocs.Description);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Fixed order for every service: logging → validation → unit of work.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<IDealsDbContext>(ServiceLifetime.Singleton);
builder.Services.AddDealRegistrationInfrastructure(builder.Configuration);

var app = builder.Build();

app.UseServiceDefaults();
var api = app.MapPlatformApi();
api.MapDealEndpoints();
api.MapCoSellEndpoints();
api.MapCampaignEndpoints();
api.MapLeadEndpoints();
app.MapMessagingAdmin(DependencyInjection.ServiceName);

await app.RunAsync();
