using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationSpecifics"/> and the widened word lists: per family of wording, a line in each of the six
/// languages, written for these tests (not taken from a blind batch): the insult that was said, a member of staff who keeps
/// writing after being told to stop, a regulator by name, asking the bank to undo a charge, someone from the company on
/// the phone, contacts counted, a callback that never came, closing all one's contracts, a near fall, an allergic
/// reaction, a charger that melted, fitters who tore off the skirting. Sentiment is neutral (0), so the wording alone has to
/// carry the reason. The near-misses must stay quiet: food that melted, a room that smelled of mould, a short deadline
/// ("court"), a refund ("estorno"), a competitor's lower price, a callback that did come.
/// </summary>
public sealed class EscalationSpecificsTests
{
    [Theory]
    [InlineData("the cashier called me thick and laughed with her colleague", EscalationReasons.Abuse)]
    [InlineData("le chauffeur m'a dit que j'étais folle devant mes voisins", EscalationReasons.Abuse)]
    [InlineData("der Kassierer hat mich vor allen als Lügnerin bezeichnet", EscalationReasons.Abuse)]
    [InlineData("la dependienta me llamó tonta delante de mi hija", EscalationReasons.Abuse)]
    [InlineData("o segurança me chamou de ladrão na frente de todo mundo", EscalationReasons.Abuse)]
    [InlineData("de kassamedewerker noemde me een leugenaar waar mijn kinderen bij waren", EscalationReasons.Abuse)]
    [InlineData("the estate agent keeps calling me at night even though I told him to stop", EscalationReasons.Abuse)]
    [InlineData("le vendeur m'envoie des messages perso alors que j'ai dit non", EscalationReasons.Abuse)]
    [InlineData("der Fahrer hat mich ständig privat angerufen, obwohl ich nein gesagt habe", EscalationReasons.Abuse)]
    [InlineData("el repartidor me manda mensajes personales, le he dicho que pare", EscalationReasons.Abuse)]
    [InlineData("o atendente me manda mensagens pessoais, já lhe disse para parar", EscalationReasons.Abuse)]
    [InlineData("de monteur blijft me appen, ik heb al gezegd dat hij moet stoppen", EscalationReasons.Abuse)]
    [InlineData("one more week and this goes to the Financial Ombudsman", EscalationReasons.Legal)]
    [InlineData("je vais saisir l'ARCEP si la ligne n'est pas rétablie", EscalationReasons.Legal)]
    [InlineData("noch ein Fehler und ich schreibe der Bundeskartellamt und der BaFin", EscalationReasons.Legal)]
    [InlineData("si no me devolvéis el dinero lo llevo a la CNMV", EscalationReasons.Legal)]
    [InlineData("vou abrir reclamação na Anatel hoje", EscalationReasons.Legal)]
    [InlineData("ik dien een klacht in bij het Kifid", EscalationReasons.Legal)]
    [InlineData("I'm going to ask my bank to reverse the payment", EscalationReasons.Legal)]
    [InlineData("je vais demander à ma banque d'annuler le paiement", EscalationReasons.Legal)]
    [InlineData("ich lasse das von meiner Bank zurückbuchen", EscalationReasons.Legal)]
    [InlineData("voy a pedir al banco que me devuelva el cargo", EscalationReasons.Legal)]
    [InlineData("vou pedir ao banco para cancelar a cobrança", EscalationReasons.Legal)]
    [InlineData("ik laat mijn bank de betaling terugdraaien", EscalationReasons.Legal)]
    [InlineData("I need someone from your company on the phone today", EscalationReasons.PersonRequested)]
    [InlineData("je veux quelqu'un de chez vous au téléphone, pas un formulaire", EscalationReasons.PersonRequested)]
    [InlineData("ich möchte jemanden aus Ihrem Kundenservice am Telefon", EscalationReasons.PersonRequested)]
    [InlineData("quiero a alguien de la empresa al teléfono ya", EscalationReasons.PersonRequested)]
    [InlineData("quero alguém da empresa no telefone agora", EscalationReasons.PersonRequested)]
    [InlineData("ik wil iemand van jullie aan de telefoon", EscalationReasons.PersonRequested)]
    [InlineData("I've sent 4 emails and nobody has answered", EscalationReasons.RepeatedContact)]
    [InlineData("j'ai envoyé 7 courriels sans réponse", EscalationReasons.RepeatedContact)]
    [InlineData("bereits 5 Anrufe und keiner weiß Bescheid", EscalationReasons.RepeatedContact)]
    [InlineData("llevo 8 llamadas y nadie sabe nada", EscalationReasons.RepeatedContact)]
    [InlineData("já mandei 5 mensagens e nada", EscalationReasons.RepeatedContact)]
    [InlineData("ik heb 6 keer gebeld en niemand weet iets", EscalationReasons.RepeatedContact)]
    [InlineData("they said they would call me back on Monday, nothing", EscalationReasons.RepeatedContact)]
    [InlineData("le conseiller devait me rappeler hier, rien", EscalationReasons.RepeatedContact)]
    [InlineData("der Kundendienst wollte mich zurückrufen, nichts passiert", EscalationReasons.RepeatedContact)]
    [InlineData("quedaron en llamarme el lunes y nada", EscalationReasons.RepeatedContact)]
    [InlineData("ficaram de me ligar na segunda e nada", EscalationReasons.RepeatedContact)]
    [InlineData("ze zouden me terugbellen, nooit teruggebeld", EscalationReasons.RepeatedContact)]
    [InlineData("closing all of my accounts with you today", EscalationReasons.ChurnAnger)]
    [InlineData("je résilie tous mes contrats chez vous", EscalationReasons.ChurnAnger)]
    [InlineData("ich kündige alle meine Verträge bei euch", EscalationReasons.ChurnAnger)]
    [InlineData("cancelo todas mis suscripciones con vosotros", EscalationReasons.ChurnAnger)]
    [InlineData("vou cancelar todas as minhas assinaturas", EscalationReasons.ChurnAnger)]
    [InlineData("ik zeg al mijn abonnementen bij jullie op", EscalationReasons.ChurnAnger)]
    [InlineData("my dad nearly slipped on the wet floor by the tills", EscalationReasons.Safety)]
    [InlineData("ma mère a failli tomber dans l'escalier du magasin", EscalationReasons.Safety)]
    [InlineData("meine Oma ist im Laden fast gestürzt, der Boden war nass", EscalationReasons.Safety)]
    [InlineData("mi abuelo casi se cae en la rampa de la tienda", EscalationReasons.Safety)]
    [InlineData("minha mãe quase caiu na escada da loja", EscalationReasons.Safety)]
    [InlineData("mijn moeder gleed bijna uit op de natte vloer", EscalationReasons.Safety)]
    [InlineData("my son had a reaction after eating the nut-free cake", EscalationReasons.Safety)]
    [InlineData("mon mari a eu une réaction après le dessert sans gluten", EscalationReasons.Safety)]
    [InlineData("mein Sohn hatte eine allergische Reaktion nach dem Essen", EscalationReasons.Safety)]
    [InlineData("mi hija tuvo una reacción alérgica con el postre", EscalationReasons.Safety)]
    [InlineData("meu filho teve uma reação alérgica ao lanche", EscalationReasons.Safety)]
    [InlineData("mijn dochter kreeg een allergische reactie op het toetje", EscalationReasons.Safety)]
    [InlineData("the charger melted into the socket overnight", EscalationReasons.Safety)]
    [InlineData("le chargeur a fondu sur la prise", EscalationReasons.Safety)]
    [InlineData("das Ladegerät ist an der Steckdose geschmolzen", EscalationReasons.Safety)]
    [InlineData("el cargador se derritió en el enchufe", EscalationReasons.Safety)]
    [InlineData("o carregador derreteu na tomada", EscalationReasons.Safety)]
    [InlineData("de oplader is gesmolten in het stopcontact", EscalationReasons.Safety)]
    [InlineData("the fitters pulled the skirting boards off and left them broken", EscalationReasons.Damage)]
    [InlineData("les livreurs ont arraché la plinthe du couloir", EscalationReasons.Damage)]
    [InlineData("die Monteure haben die Fliesen im Bad zerbrochen", EscalationReasons.Damage)]
    [InlineData("los montadores arrancaron el rodapié del salón", EscalationReasons.Damage)]
    [InlineData("os entregadores arrancaram o rodapé da sala", EscalationReasons.Damage)]
    [InlineData("de monteurs hebben de plinten eraf getrokken", EscalationReasons.Damage)]
    public void A_specific_names_its_reason(string text, string reason)
    {
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));
    }

    [Theory]
    [InlineData("the ice cream had melted by the time it arrived")]
    [InlineData("la glace était fondue à l'arrivée")]
    [InlineData("das Eis war bei Lieferung geschmolzen")]
    [InlineData("el helado llegó derretido")]
    [InlineData("o sorvete chegou derretido")]
    [InlineData("het ijs was gesmolten bij aankomst")]
    [InlineData("the hotel room smelled of mould")]
    [InlineData("la chambre sentait le moisi")]
    [InlineData("het appartement rook naar vocht")]
    [InlineData("the return window is too short, 14 days")]
    [InlineData("le délai de retour est trop court")]
    [InlineData("o estorno da compra ainda não apareceu")]
    [InlineData("the same TV is cheaper at a competitor")]
    [InlineData("chez la concurrence c'est moins cher")]
    [InlineData("bei der Konkurrenz ist es billiger")]
    [InlineData("en la competencia es más barato")]
    [InlineData("na concorrência é mais barato")]
    [InlineData("bij de concurrent is het goedkoper")]
    [InlineData("they called me back within an hour, nice")]
    [InlineData("the courier called me twice to find the house")]
    public void Near_misses_stay_quiet(string text)
    {
        Assert.Empty(EscalationClassifier.Classify(text, 0));
    }

    [Theory]
    [InlineData("you sell my data?? I'm closing all my accounts")]
    [InlineData("les prix encore en hausse ?? je passe chez un autre opérateur, des voleurs")]
    [InlineData("wieder teurer?? ich wechsle sofort zu einem anderen Anbieter, Abzocke")]
    [InlineData("otra subida?? me paso a otra compañía, ladrones")]
    [InlineData("subiu de novo?? vou passar para outra operadora, ladrões")]
    [InlineData("alweer duurder?? ik stap morgen over naar een ander, dieven")]
    public void Moving_elsewhere_in_anger_is_churn_with_anger(string text)
    {
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));
    }
}
