using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.Application.Behaviors;
using ChannelPlatform.Hosting;
using ChannelPlatform.Hosting.Messaging;
using ChannelPlatform.Hosting.OpenApi;
using FluentValidation;
using Partners.Api.Endpoints;
using Partners.Application.Abstractions;
using Partners.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (SchemaMigrations.Requested(args))
{
    await DependencyInjection.MigrateAsync(builder.Configuration);
    return;
}

builder.AddServiceDefaults("partner-service");
builder.Services.AddPlatformOpenApi("Channel Platform — Partner service", PartnersApiDocs.Description);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Fixed order for every service: logging → validation → unit of work.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<IPartnersDbContext>(ServiceLifetime.Singleton);
builder.Services.AddPartnersInfrastructure(builder.Configuration);

var app = builder.Build();

app.UseServiceDefaults();
var api = app.MapPlatformApi();
api.MapPartnerEndpoints();
api.MapAgreementEndpoints();
api.MapContactEndpoints();
api.MapTierEndpoints();
api.MapQbrEndpoints();
api.MapSatisfactionEndpoints();
api.MapEscalationEndpoints();
api.MapLookupEndpoints();
app.MapMessagingAdmin(DependencyInjection.ServiceName);

await app.RunAsync();

