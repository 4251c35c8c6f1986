using ChannelPlatform.Infrastructure.Persistence;
using ChannelPlatform.Application.Behaviors;
using ChannelPlatform.Hosting;
using ChannelPlatform.Hosting.Messaging;
using ChannelPlatform.Hosting.OpenApi;
using FluentValidation;
using Revenue.Api.Endpoints;
using Revenue.Application.Abstractions;
using Revenue.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (SchemaMigrations.Requested(args))
{
    await DependencyInjection.MigrateAsync(builder.Configuration);
    return;
}

builder.AddServiceDefaults("revenue-service");
builder.Services.AddPlatformOpenApi("Channel Platform — Revenue service", RevenueEndpoints.Description);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Fixed order for every service: logging → validation → unit of work.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblyContaining<IRevenueDbContext>(ServiceLifetime.Singleton);
builder.Services.AddRevenueInfrastructure(builder.Configuration);

var app = builder.Build();

app.UseServiceDefaults();
var api = app.MapPlatformApi();
api.MapBookingEndpoints();
api.MapReportingEndpoints();
api.MapPayoutEndpoints();
api.MapMdfEndpoints();
api.MapExchangeRateEndpoints();
app.MapMessagingAdmin(DependencyInjection.ServiceName);

await app.RunAsync();
