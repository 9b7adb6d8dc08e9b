using NpsBot.Language.Text;

namespace NpsBot.Language.Themes;

/// <summary>
/// Domain vocabulary for the shipped themes in en, es, fr, de, pt and nl (stems, folded). The model gets one feature per
/// theme (how many cue words the complaint has), so a word the training sentences never used still points somewhere.
/// Words of up to 4 letters match whole (or with a plural s); longer stems match a word's start; stems of 6 letters or more
/// also match inside German and Dutch compounds.
/// </summary>
public static class ThemeCues
{
    public static readonly IReadOnlyList<string> Themes = ["delivery", "product", "service", "price", "billing", "website", "other"];

    private static readonly string[][] Stems = WithSectors(
    [
        Split("deliver parcel package courier shipment shipped dispatch tracking track arriv transit depot postman driver doorstep locker late "
            + "entreg paquete envio enviado mensajer repartidor transportist seguimiento llego llegado reparto almacen correos retraso "
            + "livr colis expedi transporteur suivi relais facteur coursier carton envoi retard "
            + "liefer paket sendung versand zustell bote kurier angekommen packstation lager verspat "
            + "encomenda transportadora rastre estafeta chegou armazem pacote atraso atrasad "
            + "bezorg pakket levering geleverd zending koerier verzend aangekomen magazijn doos"),
        Split("broke broken break defect faulty quality stopped leak crack scratch battery size fits stitch seam wash shrank noise overheat pieces parts appliance device machine material snapped "
            + "roto rota rompi defectuos calidad funciona averi estrope pieza piezas talla bateria tela costura lavado ruido aparato "
            + "casse defectueu qualite fonctionne panne fuit fissur piece pieces taille batterie tissu couture lavage bruit appareil materiau "
            + "kaputt defekt qualitat funktioniert undicht riss teile grosse akku stoff naht nahte wasche gerat abgebrochen "
            + "partiu partid quebr defeito qualidade avari estrag peca pecas tamanho tecido lavagem ruido aparelho "
            + "defect kwaliteit werkt lekt gebarsten onderdel maat batterij naden geluid apparaat materiaal"),
        Split("staff agent employee support hotline helpline phone hold rude ignored answer reply respond callback manager advisor assistant chat complaint follow promised technician engineer salesperson service "
            + "atencion agente emplead personal soporte telefono llame llamada espera grosero ignor respuesta respond contest encargado asesor queja reclamacion tecnico vendedor dependient promet "
            + "conseill employe personnel telephone appel rappel attente impoli ignore repond reponse responsable vendeu reclamation plainte technicien promis "
            + "kundenservice kundendienst mitarbeiter hotline telefon anruf angerufen warteschleife unfreundlich ignoriert antwort ruckruf berater verkaufer reklamation beschwerde techniker versproch angestellt "
            + "atendi funcionari apoio suporte liguei ligar espera ignorar respost gerente vendedor reclamac prometer "
            + "klantenservice medewerker personeel helpdesk telefoon gebeld wacht onvriendelijk genegeerd antwoord reageer verkoper klacht monteur beloofd "
            + "store shop branch counter desk till cashier queue reception salesman saleswoman guard "
            + "tienda sucursal mostrador cajer vigilante recepcion "
            + "magasin agence comptoir guichet caissi vigile "
            + "filiale schalter tresen kassierer wachmann "
            + "loja filial balcao caixeir seguranc rececao "
            + "winkel filiaal balie toonbank kassier beveilig receptie"),
        Split("price prices expensive cheap cheaper cost costs afford worth value fee fees overpriced pricey fortune increase rate "
            + "precio precios caro cara barato cuesta coste costo vale tarifa cuota subida "
            + "prix cher chere couteu coute cout vaut tarif frais hausse augment "
            + "preis preise teuer billig gunstig kostet kosten wert gebuhr abzock "
            + "preco precos barat custa custo mensalidade taxa frete portes "
            + "prijs prijzen duur goedkop kost waard tarief"),
        Split("charge charged bill billed invoice refund reimburs payment paid debit card statement receipt credit "
            + "cobr factura reembols pago pague cargo tarjeta extracto recibo "
            + "factur debit rembours paiement paye preleve prelevement carte releve avoir "
            + "rechnung abbuch abgebucht erstatt zahlung bezahlt belast karte kontoauszug beleg lastschrift gutschrift mahnung "
            + "fatura reembolso pagamento paguei debito cartao extrato estorno "
            + "factuur afgeschreven afschrijv terugbetal betaald betaling kaart afschrift incasso rekening creditnota"),
        Split("website site app apps application login password page checkout cart basket browser error crash loading load update link online account click form search menu "
            + "web pagina aplicacion sesion contrasena carrito cesta navegador carga actualiz enlace formulario buscador "
            + "appli connexion panier navigateur erreur charge lien recherche "
            + "webseite seite anmeld passwort warenkorb kasse fehler absturz sturzt update formular suche "
            + "aplicac sessao senha carrinho erro carrega atualiz pesquisa "
            + "inlog wachtwoord winkelwagen winkelmand fout laad formulier zoek"),
        Split("nothing reason know normal average ordinary special "
            + "parking carpark park opening hours closed sunday weekend holiday environment planet plastic packaging recycl waste privacy consent gdpr newsletter marketing spam promo advert unsubscrib policy loyalty toilet toilets lift escalator music cold bus location "
            + "aparcamiento aparcar estacionamiento horario cierran cerrado domingo festivo ambiente planeta plastico embalaje residuo privacidad datos consentimiento publicidad anuncio politica aseos ascensor musica frio autobus "
            + "garer stationnement horaires fermez ferie environnement planete plastique emballage dechet confidentialit donnees consentement publicit desinscri politique fidelit toilettes ascenseur musique froid "
            + "parkplatz parkhaus parken offnungszeit geschlossen sonntag feiertag umwelt plastik verpackung datenschutz einwillig werbung abmeld richtlinie treuepunkt toilette aufzug musik kalt "
            + "estacionar fechado feriado plastico embalagem privacidade dados consentimento propaganda descadastr politica fidelidade banheiro elevador onibus "
            + "parkeren parkeer openingstijd gesloten zondag feestdag milieu planeet verpakking afval gegevens toestemming nieuwsbrief reclame afmeld beleid spaarpunt muziek koud "
            + "nada motivo normal especial "
            + "rien raison normal particulier "
            + "nichts grund normal besonderes ahnung "
            + "nada motivo normal especial "
            + "niets reden gewoon bijzonders idee"),
    ]);

    /// <summary>The lexicon's stems as one string, part of <see cref="ThemeTrainingFingerprint"/>: a changed lexicon retrains the model.</summary>
    public static string Signature { get; } = string.Join("|", Stems.Select(stems => string.Join(" ", stems)));

    private static readonly ThemeCueIndex Index = new(Stems);

    /// <summary>
    /// One feature per theme: half a point for each word (a run of letters of the folded text) that matches any of the
    /// theme's stems, at most 1.5. Each word is looked up in <see cref="ThemeCueIndex"/> (which themes it matches) instead
    /// of being compared with every stem.
    /// </summary>
    public static float[] Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new float[Stems.Length];
        var folded = TextFolding.Fold(text).AsSpan();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && char.IsLetter(folded[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                Count(Index.ThemesOf(folded[start..i]), counts);
                start = -1;
            }
        }

        return counts;
    }

    private static void Count(int themes, float[] counts)
    {
        for (var theme = 0; themes != 0; theme++, themes >>= 1)
        {
            if ((themes & 1) != 0)
            {
                counts[theme] = Math.Min(counts[theme] + 0.5f, 1.5f);
            }
        }
    }

    private static string[][] WithSectors(string[][] shop) =>
    [
        [.. shop[0], .. ThemeSectorCues.Delivery],
        [.. shop[1], .. ThemeSectorCues.Product],
        [.. shop[2], .. ThemeSectorCues.Service],
        [.. shop[3], .. ThemeSectorCues.Price],
        [.. shop[4], .. ThemeSectorCues.Billing],
        [.. shop[5], .. ThemeSectorCues.Website],
        [.. shop[6], .. ThemeSectorCues.Other],
    ];

    private static string[] Split(string stems) => stems.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
