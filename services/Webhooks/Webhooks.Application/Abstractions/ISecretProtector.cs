namespace Webhooks.Application.Abstractions;

/// <summary>Keeps signing secrets encrypted at rest: only the dispatcher unprotects them, to sign.</summary>
public interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}
