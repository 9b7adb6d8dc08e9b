using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// Escalations told through the situation rather than the reason's own words (a human to ring back, a child near a loose
/// fitting, a dispute through the bank, a flood left by a fitter, the sixth e-mail, closing an account...), one line per
/// kind in each of the six languages, written for these tests; and near-misses that must stay quiet.
/// </summary>
public sealed class EscalationSituationTests
{
    [Theory]
    [InlineData("Get your team leader to ring me tomorrow", EscalationReasons.PersonRequested)]
    [InlineData("Merci de demander à votre responsable de me rappeler", EscalationReasons.PersonRequested)]
    [InlineData("Bitte lasst mich mit dem Filialleiter sprechen", EscalationReasons.PersonRequested)]
    [InlineData("Pásenme con su jefe, por favor", EscalationReasons.PersonRequested)]
    [InlineData("Coloquem o gerente da loja em contato comigo", EscalationReasons.PersonRequested)]
    [InlineData("Laat de manager mij vanmiddag terugbellen", EscalationReasons.PersonRequested)]
    [InlineData("The curtain rail fell down while my toddler was playing underneath", EscalationReasons.Safety)]
    [InlineData("Le miroir est tombé à côté de mon bébé", EscalationReasons.Safety)]
    [InlineData("Das Regal ist umgekippt, mein Kind stand direkt daneben", EscalationReasons.Safety)]
    [InlineData("Mi hija casi se traga una pieza suelta del juguete", EscalationReasons.Safety)]
    [InlineData("O berço desmontou com a criança dentro e ela caiu", EscalationReasons.Safety)]
    [InlineData("Er hing een vreemde schroeilucht in de woonkamer na het aansluiten", EscalationReasons.Safety)]
    [InlineData("They stacked boxes in front of the fire door at the back of your shop", EscalationReasons.Safety)]
    [InlineData("I tripped on the loose mat in your store and have a sprained wrist", EscalationReasons.Safety)]
    [InlineData("My husband is in hospital and the oxygen order is stuck", EscalationReasons.Health)]
    [InlineData("Je dois être opérée la semaine prochaine et les cachets n'arrivent pas", EscalationReasons.Health)]
    [InlineData("My mum has memory problems and got sold four gift cards", EscalationReasons.Vulnerable)]
    [InlineData("Depuis le décès de mon mari je ne sais plus quoi faire de ce contrat", EscalationReasons.Vulnerable)]
    [InlineData("Meine Oma lebt allein im Pflegeheim und bekam trotzdem Werbung", EscalationReasons.Vulnerable)]
    [InlineData("Mi padre está en una residencia y le siguen cobrando la cuota", EscalationReasons.Vulnerable)]
    [InlineData("Minha avó esquece tudo e venderam um plano caro para ela", EscalationReasons.Vulnerable)]
    [InlineData("Sinds het overlijden van mijn vrouw krijg ik nog steeds haar post", EscalationReasons.Vulnerable)]
    [InlineData("I've asked my credit card company for a chargeback", EscalationReasons.Legal)]
    [InlineData("Next step is the newspaper, they love stories like this", EscalationReasons.Legal)]
    [InlineData("J'ai fait opposition sur ma carte bancaire pour ce prélèvement", EscalationReasons.Legal)]
    [InlineData("Die Lastschrift lasse ich von der Sparkasse zurückholen", EscalationReasons.Legal)]
    [InlineData("Ya he pedido a la tarjeta un contracargo", EscalationReasons.Legal)]
    [InlineData("Vou contestar a cobrança no cartão e falar com um jornalista", EscalationReasons.Legal)]
    [InlineData("Mijn creditcard gaat dit terugboeken", EscalationReasons.Legal)]
    [InlineData("The technician's ladder dented our radiator", EscalationReasons.Damage)]
    [InlineData("Le livreur a rayé tout le parquet en traînant le frigo", EscalationReasons.Damage)]
    [InlineData("Der Fahrer hat beim Rangieren unseren Briefkasten umgefahren", EscalationReasons.Damage)]
    [InlineData("El repartidor golpeó el marco de la puerta con la nevera", EscalationReasons.Damage)]
    [InlineData("A entregadora riscou a porta inteira com o carrinho", EscalationReasons.Damage)]
    [InlineData("De bezorger reed tegen ons hek en het staat nu scheef, gekrast en al", EscalationReasons.Damage)]
    [InlineData("This is my 5th message about the same thing", EscalationReasons.RepeatedContact)]
    [InlineData("C'est la quatrième fois que j'écris pour ce problème", EscalationReasons.RepeatedContact)]
    [InlineData("Zum vierten Mal schreibe ich euch deswegen", EscalationReasons.RepeatedContact)]
    [InlineData("Es la cuarta vez que escribo y nadie responde", EscalationReasons.RepeatedContact)]
    [InlineData("Já é a quarta vez que mando mensagem, sem resposta", EscalationReasons.RepeatedContact)]
    [InlineData("Voor de vierde keer een mail gestuurd, geen reactie", EscalationReasons.RepeatedContact)]
    [InlineData("Delete my account today, that's it", EscalationReasons.ChurnAnger)]
    [InlineData("Supprimez mon compte, j'en ai assez", EscalationReasons.ChurnAnger)]
    [InlineData("Kündigt meinen Vertrag zum nächsten Monat", EscalationReasons.ChurnAnger)]
    [InlineData("Eliminad mi perfil, no quiero saber nada más", EscalationReasons.ChurnAnger)]
    [InlineData("Quero encerrar a assinatura, chega", EscalationReasons.ChurnAnger)]
    [InlineData("Zeg mijn abonnement maar op", EscalationReasons.ChurnAnger)]
    [InlineData("The driver mocked my accent and walked off", EscalationReasons.Abuse)]
    [InlineData("Le vigile m'a mis dehors sans raison", EscalationReasons.Abuse)]
    [InlineData("Der Verkäufer hat mich vor allen rausgeworfen", EscalationReasons.Abuse)]
    [InlineData("El dependiente se burló de mi acento", EscalationReasons.Abuse)]
    [InlineData("O segurança ficou rindo de mim na frente de todos", EscalationReasons.Abuse)]
    [InlineData("De beveiliger lachte me uit bij de ingang", EscalationReasons.Abuse)]
    public void The_situation_behind_each_reason_is_found(string text, string reason)
    {
        Assert.Contains(reason, EscalationClassifier.Classify(text, -0.3));
    }

    [Theory]
    [InlineData("The memory card I bought stopped working")]
    [InlineData("Bonjour, je m'appelle Claire et mon colis est en retard")]
    [InlineData("The parcel arrived broken and the courier was late")]
    [InlineData("Het eten was niet lekker en te duur")]
    [InlineData("Le petit colis est tombé en panne de suivi")]
    [InlineData("Mein Kind hat viel Spaß, aber die Lieferung war spät")]
    [InlineData("I forgot my password and the reset page is slow")]
    [InlineData("La devolución a mi tarjeta todavía no ha llegado")]
    [InlineData("Never again, the quality has dropped")]
    [InlineData("Je suis pressé et la livraison traîne")]
    public void Near_misses_stay_quiet(string text)
    {
        Assert.Empty(EscalationClassifier.Classify(text, -0.3));
    }
}
