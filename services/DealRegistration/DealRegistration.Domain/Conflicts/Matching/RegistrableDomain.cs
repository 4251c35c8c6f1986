namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// The part of a host a company registers ("shop.litware.com" → "litware.com", "www.aviva.co.uk" → "aviva.co.uk"),
/// so a regional site or a mail host still meets the company's own domain. Free-mail hosts say nothing about a company.
/// </summary>
public static class RegistrableDomain
{
    private static readonly HashSet<string> SecondLevels =
    [
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "ne.jp", "co.kr", "com.br", "com.mx",
        "com.ar", "com.cn", "com.hk", "com.sg", "com.my", "co.in", "co.za", "com.tr", "co.il", "com.tw", "co.id", "com.ph",
    ];

    private static readonly HashSet<string> FreeMail =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com", "aol.com",
        "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
        "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "libero.it", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com",
        "naver.com", "zoho.com", "fastmail.com", "hey.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "comcast.net",
    ];

    /// <summary>The registrable domain of a host, or null for none or a free-mail provider.</summary>
    public static string? Of(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
            return null;
        var labels = host.Trim().TrimEnd('.').ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
            return null;
        var keep = labels.Length >= 3 && SecondLevels.Contains(string.Join('.', labels[^2..])) ? 3 : 2;
        var domain = string.Join('.', labels[^Math.Min(keep, labels.Length)..]);
        return FreeMail.Contains(domain) ? null : domain;
    }

    /// <summary>The registrable domain of an e-mail address ("j.doe@mail.kestrelridge.com" → "kestrelridge.com").</summary>
    public static string? OfEmail(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : Of(email![(at + 1)..]);
    }
}
