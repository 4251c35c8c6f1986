namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>The word lists behind <see cref="NameTokenizer"/>; each list holds words as they are written, stemmed on load.</summary>
internal static class Vocabulary
{
    public static readonly HashSet<string> StopWords = Set(
        "the and of und et for in del der die das den van von di da do dos du des la le les el los las");

    /// <summary>Legal forms as single words once dots are gone and spaced single letters are joined ("S. A." → "sa").</summary>
    public static readonly HashSet<string> LegalForms = Set(
        "inc incorporated corp corporation co company cos llc llp lp ltd limited plc gmbh mbh ag kg kgaa ug sa sas sarl srl rl " +
        "spa sl bv nv oy oyj ab abp aktiebolag as asa aps pty pte kk lda ulc se ltda pvt private aktiengesellschaft sab cv " +
        "group holding holdings hf ehf sro zrt kft doo dd jsc pjsc ojsc oao zao ooo tbk bhd sdn berhad spolka akcyjna " +
        "gruppe groupe grupo gruppo groep");

    /// <summary>Legal forms written as several words.</summary>
    public static readonly string[][] LegalPhrases = [["sp", "z", "oo"], ["s", "rl"], ["s", "l"], ["s", "a"]];

    /// <summary>Abbreviations and spellings in other languages, read as one English word.</summary>
    public static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        ["intl"] = "international", ["mfg"] = "manufacturing", ["mgmt"] = "management", ["mgt"] = "management",
        ["natl"] = "national", ["bros"] = "brothers", ["assn"] = "association", ["hldgs"] = "holdings", ["hldg"] = "holding",
        ["svcs"] = "services", ["svc"] = "service", ["dept"] = "department", ["depts"] = "departments", ["ctr"] = "center",
        ["centre"] = "center", ["tech"] = "technology", ["techs"] = "technologies", ["labs"] = "laboratories",
        ["lab"] = "laboratory", ["pharma"] = "pharmaceuticals", ["grp"] = "group", ["st"] = "saint", ["mt"] = "mount",
        ["banco"] = "bank", ["banque"] = "bank", ["banca"] = "bank", ["universidad"] = "university",
        ["universitat"] = "university", ["universite"] = "university", ["universita"] = "university",
        ["logistik"] = "logistics", ["logistique"] = "logistics", ["logistica"] = "logistics", ["transportes"] = "transport",
        ["transporte"] = "transport", ["transports"] = "transport", ["industrie"] = "industries", ["industria"] = "industries",
        ["industrias"] = "industries", ["technologie"] = "technology", ["tecnologia"] = "technology", ["systeme"] = "systems",
        ["sistemas"] = "systems", ["servicios"] = "services", ["servizi"] = "services", ["farmacia"] = "pharmacy",
        ["pharmacie"] = "pharmacy", ["apotheke"] = "pharmacy", ["clinique"] = "clinic", ["clinica"] = "clinic",
        ["klinik"] = "clinic", ["versicherung"] = "insurance", ["versicherungs"] = "insurance", ["seguros"] = "insurance",
        ["assurances"] = "insurance", ["restaurante"] = "restaurant", ["ristorante"] = "restaurant", ["baeckerei"] = "bakery",
        ["backerei"] = "bakery", ["boulangerie"] = "bakery", ["energie"] = "energy", ["energia"] = "energy",
        ["elektronik"] = "electronics", ["telekom"] = "telecom", ["hotels"] = "hotel",
    };

    private static HashSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
