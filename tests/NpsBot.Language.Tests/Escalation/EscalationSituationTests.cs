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
    [InlineData("Honestly I just want a human being to phone me back", EscalationReasons.PersonRequested)]
    [InlineData("Je veux qu'une vraie personne me rappelle demain", EscalationReasons.PersonRequested)]
    [InlineData("Ich möchte, dass mich ein Mensch zurückruft", EscalationReasons.PersonRequested)]
    [InlineData("Necesito que una persona me llame hoy", EscalationReasons.PersonRequested)]
    [InlineData("Quero que um atendente me ligue ainda hoje", EscalationReasons.PersonRequested)]
    [InlineData("Ik wil dat een echte medewerker me terugbelt", EscalationReasons.PersonRequested)]
    [InlineData("The shelf bracket came off the wall right next to my toddler", EscalationReasons.Safety)]
    [InlineData("La lampe s'est décrochée au-dessus du lit de mon bébé", EscalationReasons.Safety)]
    [InlineData("Das Regal ist umgekippt, mein Kind stand direkt daneben", EscalationReasons.Safety)]
    [InlineData("Mi hija casi se traga una pieza suelta del juguete", EscalationReasons.Safety)]
    [InlineData("O berço desmontou com a criança dentro e ela caiu", EscalationReasons.Safety)]
    [InlineData("Er hing een vreemde schroeilucht in de woonkamer na het aansluiten", EscalationReasons.Safety)]
    [InlineData("Your pallet is blocking the emergency exit of our building", EscalationReasons.Safety)]
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
    [InlineData("Ich habe die Lastschrift bei meiner Bank zurückbuchen lassen", EscalationReasons.Legal)]
    [InlineData("Voy a poner una reclamación en mi banco por ese cargo", EscalationReasons.Legal)]
    [InlineData("Vou contestar a cobrança no cartão e falar com um jornalista", EscalationReasons.Legal)]
    [InlineData("Ik heb de betaling via mijn creditcard laten terugboeken", EscalationReasons.Legal)]
    [InlineData("The installer drilled into a cable behind the plaster", EscalationReasons.Damage)]
    [InlineData("Le livreur a rayé tout le parquet en traînant le frigo", EscalationReasons.Damage)]
    [InlineData("Der Fahrer hat beim Rangieren unseren Briefkasten umgefahren", EscalationReasons.Damage)]
    [InlineData("El técnico dejó una fuga y el baño quedó inundado", EscalationReasons.Damage)]
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
    [InlineData("Borrad mi cuenta ahora mismo", EscalationReasons.ChurnAnger)]
    [InlineData("Cancelem minha assinatura hoje mesmo", EscalationReasons.ChurnAnger)]
    [InlineData("Verwijder mijn account per direct", EscalationReasons.ChurnAnger)]
    [InlineData("The cashier laughed at me in front of everyone", EscalationReasons.Abuse)]
    [InlineData("Le vigile m'a mis dehors sans raison", EscalationReasons.Abuse)]
    [InlineData("Der Verkäufer hat mich ausgelacht", EscalationReasons.Abuse)]
    [InlineData("El dependiente se burló de mi acento", EscalationReasons.Abuse)]
    [InlineData("O segurança me expulsou da loja gritando", EscalationReasons.Abuse)]
    [InlineData("De beveiliger schold me uit waar iedereen bij stond", EscalationReasons.Abuse)]
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
