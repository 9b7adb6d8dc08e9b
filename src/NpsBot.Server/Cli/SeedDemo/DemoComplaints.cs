namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>
/// What demo customers say about each theme, per locale: written for the demo (no real customer's words), already in
/// the redacted form the database keeps ([email], [phone], [card] where a customer would have typed one).
/// </summary>
internal static class DemoComplaints
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ByLocale = new Dictionary<string, IReadOnlyDictionary<string, string[]>>(StringComparer.Ordinal)
    {
        ["en"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["The parcel arrived four days late and the box was crushed.", "Tracking said delivered but nothing was at my door.", "Courier never rang, just left a card and took it back to the depot.", "Ordered for a birthday, it came the week after.", "Two items came, the third is still missing after ten days."],
            ["product"] = ["The kettle started leaking after two weeks.", "Zip broke the first time I used the bag.", "The colour is nothing like the photos on the site.", "Battery barely lasts half a day, the box says two.", "Screws were missing from the flat pack, could not finish it."],
            ["service"] = ["I waited 40 minutes on the phone and then got cut off.", "Nobody answered my email to [email] for a week.", "The agent was rude and did not let me finish.", "I explained the problem three times to three different people.", "Promised a call back that never came, my number is [phone]."],
            ["price"] = ["Same thing is much cheaper in the shop down the road.", "Delivery costs more than the item itself.", "Prices went up twice this year for exactly the same product.", "The subscription is too expensive for what you get."],
            ["billing"] = ["I was charged twice on card [card].", "Still waiting for the refund you confirmed last month.", "The invoice shows items I never ordered.", "Direct debit taken on the wrong date, bank fee for me."],
            ["website"] = ["Checkout kept failing at the payment step.", "Could not reset my password, the link expired at once.", "The app logs me out every time I switch screens.", "Search never finds what I type, had to scroll for ages."],
            ["other"] = ["Hard to say, just a disappointing experience overall.", "The store staff did not know about the online offer.", "Too many marketing emails since I signed up."],
        },
        ["de"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["Das Paket kam vier Tage zu spät und der Karton war eingedrückt.", "Laut Sendungsverfolgung zugestellt, aber nichts lag vor der Tür.", "Der Fahrer hat nicht geklingelt und das Paket wieder mitgenommen.", "Eine von drei Bestellungen fehlt immer noch."],
            ["product"] = ["Der Wasserkocher tropft schon nach zwei Wochen.", "Die Farbe sieht ganz anders aus als auf den Fotos.", "Der Akku hält kaum einen halben Tag.", "Beim Regal fehlten Schrauben, Aufbau unmöglich."],
            ["service"] = ["45 Minuten in der Warteschleife und dann aufgelegt.", "Auf meine Mail an [email] kam eine Woche keine Antwort.", "Rückruf versprochen, nie gekommen, meine Nummer ist [phone].", "Ich musste das Problem dreimal neu erklären."],
            ["price"] = ["Im Laden um die Ecke ist es deutlich günstiger.", "Der Versand kostet mehr als der Artikel.", "Dieses Jahr schon zweimal teurer geworden."],
            ["billing"] = ["Meine Karte [card] wurde doppelt belastet.", "Die zugesagte Erstattung ist nach einem Monat noch nicht da.", "Auf der Rechnung stehen Artikel, die ich nie bestellt habe."],
            ["website"] = ["Der Bezahlvorgang bricht immer wieder ab.", "Der Link zum Passwort-Zurücksetzen war sofort abgelaufen.", "Die App meldet mich ständig ab."],
            ["other"] = ["Insgesamt einfach enttäuschend.", "Viel zu viele Werbemails seit der Anmeldung."],
        },
        ["fr"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["Le colis est arrivé avec quatre jours de retard et le carton écrasé.", "Le suivi indique livré mais rien devant ma porte.", "Le livreur n'a pas sonné et a rapporté le colis au dépôt.", "Il manque toujours un article sur trois."],
            ["product"] = ["La bouilloire fuit après deux semaines.", "La couleur ne ressemble pas du tout aux photos.", "La batterie tient à peine une demi-journée.", "Il manquait des vis dans le meuble en kit."],
            ["service"] = ["40 minutes d'attente au téléphone puis coupé.", "Aucune réponse à mon mail à [email] depuis une semaine.", "On m'a promis un rappel au [phone], jamais reçu.", "J'ai dû expliquer trois fois le même problème."],
            ["price"] = ["C'est bien moins cher dans le magasin d'à côté.", "La livraison coûte plus cher que l'article.", "Les prix ont augmenté deux fois cette année."],
            ["billing"] = ["J'ai été débité deux fois sur la carte [card].", "Le remboursement promis le mois dernier n'est toujours pas arrivé.", "La facture contient des articles que je n'ai jamais commandés."],
            ["website"] = ["Le paiement échoue à chaque fois.", "Le lien de réinitialisation du mot de passe expire tout de suite.", "L'application me déconnecte sans arrêt."],
            ["other"] = ["Globalement une expérience décevante.", "Beaucoup trop de mails publicitaires."],
        },
        ["es"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["El paquete llegó cuatro días tarde y con la caja aplastada.", "El seguimiento dice entregado pero no había nada en la puerta.", "El repartidor no llamó y se llevó el paquete.", "Todavía falta uno de los tres artículos."],
            ["product"] = ["El hervidor gotea a las dos semanas.", "El color no se parece nada a las fotos.", "La batería apenas dura medio día.", "Faltaban tornillos en el mueble."],
            ["service"] = ["Esperé 40 minutos al teléfono y se cortó.", "Nadie contestó mi correo a [email] en una semana.", "Me prometieron una llamada al [phone] que nunca llegó.", "Tuve que explicar el problema tres veces."],
            ["price"] = ["En la tienda de al lado es mucho más barato.", "El envío cuesta más que el producto.", "Los precios han subido dos veces este año."],
            ["billing"] = ["Me cobraron dos veces en la tarjeta [card].", "Sigo esperando el reembolso que confirmaron el mes pasado.", "La factura incluye artículos que no pedí."],
            ["website"] = ["El pago falla siempre en el último paso.", "El enlace para cambiar la contraseña caduca enseguida.", "La app me cierra la sesión todo el rato."],
            ["other"] = ["En general, una experiencia decepcionante.", "Demasiados correos de publicidad."],
        },
        ["nl"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["Het pakket kwam vier dagen te laat en de doos was geplet.", "Volgens de track en trace bezorgd, maar er lag niets.", "De bezorger belde niet aan en nam het pakket weer mee.", "Eén van de drie artikelen ontbreekt nog steeds."],
            ["product"] = ["De waterkoker lekt al na twee weken.", "De kleur lijkt totaal niet op de foto's.", "De batterij houdt het nog geen halve dag vol.", "Er ontbraken schroeven bij de kast."],
            ["service"] = ["40 minuten in de wacht en toen verbroken.", "Geen antwoord op mijn mail aan [email] na een week.", "Terugbellen beloofd op [phone], nooit gebeurd.", "Ik moest het probleem drie keer uitleggen."],
            ["price"] = ["In de winkel om de hoek is het veel goedkoper.", "De verzendkosten zijn hoger dan het artikel.", "Dit jaar al twee keer duurder geworden."],
            ["billing"] = ["Er is twee keer afgeschreven van kaart [card].", "De toegezegde terugbetaling is er na een maand nog niet.", "Op de factuur staan artikelen die ik nooit bestelde."],
            ["website"] = ["Afrekenen mislukt steeds bij het betalen.", "De link om mijn wachtwoord te herstellen was meteen verlopen.", "De app logt me steeds uit."],
            ["other"] = ["Al met al gewoon teleurstellend.", "Veel te veel reclamemails."],
        },
        ["pt"] = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["delivery"] = ["A encomenda chegou quatro dias atrasada e com a caixa amassada.", "O rastreio diz entregue mas não havia nada à porta.", "O estafeta não tocou e levou a encomenda de volta.", "Ainda falta um dos três artigos."],
            ["product"] = ["A chaleira começou a pingar ao fim de duas semanas.", "A cor não tem nada a ver com as fotos.", "A bateria mal dura meio dia.", "Faltavam parafusos no móvel."],
            ["service"] = ["Esperei 40 minutos ao telefone e a chamada caiu.", "Ninguém respondeu ao meu email para [email] numa semana.", "Prometeram ligar para o [phone] e nunca ligaram.", "Tive de explicar o problema três vezes."],
            ["price"] = ["Na loja ao lado é muito mais barato.", "O envio custa mais do que o artigo.", "Os preços subiram duas vezes este ano."],
            ["billing"] = ["Fui cobrado duas vezes no cartão [card].", "Ainda espero o reembolso confirmado no mês passado.", "A fatura tem artigos que nunca encomendei."],
            ["website"] = ["O pagamento falha sempre no último passo.", "O link para mudar a palavra-passe expira logo.", "A aplicação termina a sessão a toda a hora."],
            ["other"] = ["No geral, uma experiência dececionante.", "Demasiados emails de publicidade."],
        },
    };

    /// <summary>What promoters and passives say (their theme is the thing they praise or find merely fine).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Praise = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] = ["Fast delivery and well packed, thanks!", "Great quality for the price.", "The person on the chat sorted it in minutes.", "Easy to order, arrived next day.", "Fine overall, delivery could be a bit quicker.", "Good product, the website is a bit slow."],
        ["de"] = ["Schnelle Lieferung, gut verpackt.", "Sehr gute Qualität für den Preis.", "Der Chat hat mir in Minuten geholfen.", "Passt so, Lieferung könnte schneller sein."],
        ["fr"] = ["Livraison rapide et bien emballée, merci !", "Très bonne qualité pour le prix.", "Le conseiller a réglé ça en quelques minutes.", "Correct, la livraison pourrait être plus rapide."],
        ["es"] = ["Envío rápido y bien embalado, ¡gracias!", "Muy buena calidad por el precio.", "En el chat me lo resolvieron en minutos.", "Bien en general, el envío podría ser más rápido."],
        ["nl"] = ["Snelle levering en goed verpakt, dank!", "Prima kwaliteit voor de prijs.", "Via de chat was het in een paar minuten geregeld.", "Prima, de levering mag iets sneller."],
        ["pt"] = ["Entrega rápida e bem embalada, obrigado!", "Ótima qualidade pelo preço.", "No chat resolveram em minutos.", "Bom no geral, a entrega podia ser mais rápida."],
    };

    /// <summary>The bot's follow-up question and typical answers, per locale.</summary>
    public static readonly IReadOnlyDictionary<string, (string Question, string[] Answers)> FollowUps = new Dictionary<string, (string, string[])>(StringComparer.Ordinal)
    {
        ["en"] = ("What is the one thing we should fix first?", ["Just keep me updated when something goes wrong.", "Answer the phone faster.", "Check the parcels before they leave.", "Make refunds quicker."]),
        ["de"] = ("Was sollten wir als Erstes verbessern?", ["Mich informieren, wenn etwas schiefgeht.", "Schneller ans Telefon gehen.", "Erstattungen schneller bearbeiten."]),
        ["fr"] = ("Que devrions-nous corriger en premier ?", ["Me prévenir quand il y a un problème.", "Répondre plus vite au téléphone.", "Rembourser plus rapidement."]),
        ["es"] = ("¿Qué deberíamos arreglar primero?", ["Avisarme cuando algo sale mal.", "Contestar el teléfono más rápido.", "Reembolsar más rápido."]),
        ["nl"] = ("Wat moeten we als eerste verbeteren?", ["Laat het me weten als er iets misgaat.", "Sneller de telefoon opnemen.", "Sneller terugbetalen."]),
        ["pt"] = ("O que devemos corrigir primeiro?", ["Avisem-me quando algo corre mal.", "Atender o telefone mais depressa.", "Reembolsar mais depressa."]),
    };

    /// <summary>The bot's two questions and its closing line, per locale (as the transcript shows them).</summary>
    public static readonly IReadOnlyDictionary<string, (string Score, string Reason, string Thanks)> BotLines = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        ["en"] = ("How likely are you to recommend us to a friend or colleague, from 0 to 10?", "Thanks! What is the main reason for your score?", "Thank you for your time."),
        ["de"] = ("Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen, von 0 bis 10?", "Danke! Was ist der Hauptgrund für Ihre Bewertung?", "Vielen Dank für Ihre Zeit."),
        ["fr"] = ("Quelle est la probabilité que vous nous recommandiez, de 0 à 10 ?", "Merci ! Quelle est la raison principale de votre note ?", "Merci pour votre temps."),
        ["es"] = ("¿Qué probabilidad hay de que nos recomiende, del 0 al 10?", "¡Gracias! ¿Cuál es el motivo principal de su puntuación?", "Gracias por su tiempo."),
        ["nl"] = ("Hoe waarschijnlijk is het dat u ons aanbeveelt, van 0 tot 10?", "Dank u! Wat is de belangrijkste reden voor uw score?", "Bedankt voor uw tijd."),
        ["pt"] = ("Qual a probabilidade de nos recomendar, de 0 a 10?", "Obrigado! Qual o principal motivo da sua nota?", "Obrigado pelo seu tempo."),
    };

    /// <summary>What agents write on a case (English: the desk's working language in the demo).</summary>
    public static readonly string[] AgentNotes = ["Called the customer, apologised and explained the next steps.", "Checked the order history, the parcel was lost by the courier.", "Customer happy with the remedy, closing.", "Left a voicemail, will try again tomorrow.", "Refund confirmed with finance."];
}
