using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Http;

internal sealed class HttpRequestPreconditions(IHttpContextAccessor accessor) : IRequestPreconditions
{
    public string? IfMatch
    {
        get
        {
            var value = accessor.HttpContext?.Request.Headers.IfMatch.ToString();
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}
