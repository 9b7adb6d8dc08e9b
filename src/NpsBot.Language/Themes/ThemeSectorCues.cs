namespace NpsBot.Language.Themes;

/// <summary>
/// Cue stems (folded, same matching rules as <see cref="ThemeCues"/>) for sectors beyond the shop: banks, hotels, clinics and
/// pharmacies, gyms, insurers, buses and trains, schools, telecoms, utilities, restaurants, airlines, public offices, garages.
/// One list per theme, in <see cref="ThemeCues.Themes"/> order: the people who serve there (service), the online portals
/// (website), the facilities, rules and whereabouts of the place (other), fees, premiums and rivals (price), and a plan that renewed
/// itself (billing). Words that also name a product (a bike, a shower, a monitor) or a doctor beside a device are left out.
/// </summary>
internal static class ThemeSectorCues
{
    public static readonly string[] Delivery = Split(
        "postbode briefkast letterbox brievenbus");

    public static readonly string[] Product = Split(
        "mattress matelas colchon colchao matras matratze");

    public static readonly string[] Service = Split(
        "porter receptionist nurse teacher tutor waiter waitress barman bartender pharmacist hairdresser barber mechanic clerk supervisor secretary dentist physio instructor steward stewardess crew cabin usher "
        + "portier recepcionist enfermer profesor maestr camarer mesero farmaceut peluquer mecanic funcionari supervisor secretari dentista fisio azafat acomodador "
        + "receptionn infirmi professeur maitresse instit serveu serveuse pharmacien coiffeu mecano superviseur secretaire dentiste kine moniteur hotesse ouvreu "
        + "rezeption krankenschwester pfleger lehrer lehrerin kellner kellnerin apotheker friseur mechaniker sachbearbeit vorgesetzt sekretariat zahnarzt physiotherap stewardess platzanweis schaffner "
        + "enfermeir professor professora garcom garconete farmaceutic cabeleireir barbeiro mecanico atendente comissari "
        + "verpleeg leraar lerares juf meester ober serveerster apotheker kapper kapster leidinggevend secretariaat tandarts fysio stewardess conducteur baliemedewerk");

    public static readonly string[] Price = Split(
        "premium premiums tuition fare fares competitor competitors "
        + "matricula competencia "
        + "prime primes scolarite concurrence concurrent "
        + "pramie schulgeld konkurrenz "
        + "premio propinas concorrencia concorrente "
        + "premie schoolgeld concurrent concurrentie");

    public static readonly string[] Billing = Split(
        "chargeback renewed renewal "
        + "renovo renovacion "
        + "renouvel "
        + "verlangert verlangerung "
        + "renovou renovacao "
        + "verlengd geincasseerd");

    public static readonly string[] Website = Split(
        "portal portail portaal plataforma "
        + "otp passcode");

    public static readonly string[] Other = Split(
        "pool piscine piscina zwembad schwimmbad changing vestiaire vestuario vestiario umkleide kleedkamer balneario "
        + "fietsenstalling fietsenrek "
        + "lejos loin weit longe afuera periferi outskirts stadtrand "
        + "allowed interdit prohibido verboten proibido verboden dogs perros chiens hunde caes honden "
        + "recorded recording grabar grabando aufgezeichnet gravad");

    private static string[] Split(string stems) => stems.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
