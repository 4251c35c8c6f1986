using Microsoft.Extensions.Configuration;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>Contact, licence and servers on every document, from <see cref="ApiDocumentInfo"/>.</summary>
internal sealed class DocumentInfo(IConfiguration configuration) : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        var info = new ApiDocumentInfo();
        configuration.GetSection(ApiDocumentInfo.Section).Bind(info);
        swaggerDoc.Info ??= new OpenApiInfo();
        swaggerDoc.Info.Contact ??= new OpenApiContact { Name = info.ContactName, Email = info.ContactEmail, Url = info.ContactUrl };
        swaggerDoc.Info.License ??= new OpenApiLicense { Name = info.LicenseName, Url = info.LicenseUrl };
        if (swaggerDoc.Servers is not { Count: > 0 })
            swaggerDoc.Servers = [new OpenApiServer { Url = info.ServerUrl, Description = info.ServerDescription }];
    }
}
