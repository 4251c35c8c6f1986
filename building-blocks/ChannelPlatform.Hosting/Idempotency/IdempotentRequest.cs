using System.Security.Cryptography;
using System.Text;
using ChannelPlatform.Hosting.Auth;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Idempotency;

/// <summary>
/// A POST carrying <c>Idempotency-Key</c>: the key, the caller it is scoped to (the token's subject; a token
/// without one is a scope of its own, never pooled with others) and a hash of method, path, query and body.
/// </summary>
internal sealed record IdempotentRequest(string Key, string Caller, string Hash)
{
    public const string Header = "Idempotency-Key";

    public const int MaxKeyLength = 200;

    public static bool Applies(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Headers.ContainsKey(Header)
        && context.User.Identity?.IsAuthenticated == true;

    public static async Task<IdempotentRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        var key = request.Headers[Header].ToString();
        return new IdempotentRequest(key, CallerOf(context), await HashAsync(request));
    }

    public bool KeyIsValid => Key.Length is > 0 and <= MaxKeyLength && !Key.Any(char.IsControl);

    private static string CallerOf(HttpContext context)
    {
        if (context.User.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 and <= 150 } subject)
            return "sub:" + subject;
        var token = context.Request.Headers.Authorization.ToString();
        return "token:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
