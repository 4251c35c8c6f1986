namespace Enablement.IntegrationTests;

/// <summary>Setup the exam-attempt tests share.</summary>
internal static class ExamApiSetup
{
    /// <summary>A new active partner and one of its contacts in <paramref name="role"/>.</summary>
    public static async Task<(Guid Partner, Guid Rep)> ActiveRepAsync(this PartnerEvents partners, string role = "SalesRep")
    {
        var partner = await partners.ActiveAsync();
        return (partner, await partners.ContactAsync(partner, role));
    }
}
