namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// Words that say what a company does or where, not which company it is. They weigh little even before
/// the registrations show how common they are, so "Stark Industries" and "Wayne Industries" share almost nothing.
/// </summary>
internal static class GenericWords
{
    public static readonly HashSet<string> Descriptors = Stemmed(
        "industries business systems solutions services technologies technology consulting consultancy consultants partners associates " +
        "enterprises trading traders trade management manufacturing engineering construction logistics transport transportation " +
        "shipping freight airlines airline air lines airways motors automotive auto cars electric electrical electronics energy " +
        "power gas oil petroleum chemicals pharmaceuticals pharmacy health healthcare medical dental clinic hospital care insurance " +
        "assurance financial finance capital investments bank banking bancorp credit trust securities asset funds realty estate " +
        "properties property homes building builders materials metal metals steel mining minerals resources foods food beverages " +
        "brands products supplies supply store stores retail markets market media communications telecom telecommunications " +
        "networks software data digital cloud web internet online computer computing analytics laboratories laboratory research " +
        "sciences science studio studios design creative marketing advertising agency legal law solicitors attorneys accounting " +
        "accountants tax advisors advisory education learning university college school institute academy foundation association " +
        "society club council hotel hospitality restaurant cafe coffee bakery farm farms farming agriculture distribution wholesale " +
        "imports exports paper packaging plastics textiles apparel fashion furniture equipment machinery machines tools instruments " +
        "devices parts components robotics automation security defense defence aerospace aviation marine maritime water " +
        "environmental waste recycling cleaning maintenance repair plumbing roofing electricians contractors contracting " +
        "landscaping painting paint toys toy royal koninklijke heating cooling hvac ventures operations mobility controls express general national united " +
        "first premier central standard advanced integrated modern universal metro city federal heavy life department brothers sons " +
        "bau maschinenbau autohaus werke werk technik handel beratung immobilien spedition gasthaus societe generale conseil " +
        "comercial distribuidora alimentos bouw techniek mills mill motor vacuum surveyors wines winery tools vet auto body repair");

    public static readonly HashSet<string> Places = Stemmed(
        "international global worldwide europe european emea apac asia asian americas america american latam africa african " +
        "oceania nordic nordics scandinavian benelux dach usa us uk uae north south east west northern southern eastern western " +
        "germany deutschland deutsche deutscher deutsches german france francaise french espana spain spanish italia italy italian " +
        "nederland netherlands holland dutch belgium belgie belgique schweiz suisse svizzera switzerland swiss osterreich austria " +
        "polska poland ceska czech sverige sweden norge norway danmark denmark suomi finland ireland irish portugal brasil brazil " +
        "mexico argentina chile colombia peru canada canadian australia australian india indian china chinese japan japanese nippon " +
        "korea korean singapore malaysia indonesia thailand vietnam philippines turkey turkiye israel egypt nigeria kenya arabia " +
        "emirates saudi qatar russia ukraine romania hungary greece croatia serbia slovakia slovenia bulgaria estonia latvia " +
        "lithuania luxembourg iceland scotland scottish wales england britain british wien continental oriental mediterranean");

    private static HashSet<string> Stemmed(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stemming.Stem).ToHashSet(StringComparer.Ordinal);
}
