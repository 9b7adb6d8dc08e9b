using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12's kinds through the real conversation, with the offline score recognizer and escalation classifier of
/// NpsBot.Language: the re-ask that fits, the customer's own final score, and escalation reasons reaching the handoff.
/// </summary>
public sealed class NpsSurveyBotLanguageTranscriptTests
{
    [Theory]
    [InlineData("en-US", "4 stars", K.AskScoreOtherScale)]
    [InlineData("de-DE", "Note 2", K.AskScoreOtherScale)]
    [InlineData("en-US", "8 or more", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "9+", K.AskScoreAmbiguous)]
    [InlineData("en-US", "my neighbour gave you a 9", K.AskScoreUnrecognized)]
    [InlineData("en-US", "2/5", K.AskScoreOtherScale)]
    [InlineData("es-ES", "⭐⭐⭐", K.AskScoreOtherScale)]
    [InlineData("en-US", "8-9", K.AskScoreAmbiguous)]
    [InlineData("en-US", "-3", K.AskScoreOutOfRange)]
    [InlineData("pt-BR", "uns 7,5", K.AskScoreAmbiguous)]
    [InlineData("en-US", "what does 5 mean?", K.AskScoreUnrecognized)]
    [InlineData("en-US", "won't be giving you a 10", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "j'en ai parlé à 4 collègues", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "letztes Jahr hab ich 9 gegeben", K.AskScoreUnrecognized)]
    [InlineData("en-US", "see you l8r", K.AskScoreUnrecognized)]
    [InlineData("en-US", "those 4 delivery vans block our street every morning", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "jamás un 10 para una tienda así", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "op trustpilot staat mijn 7 al sinds vorige week", K.AskScoreUnrecognized)]
    public async Task A_reply_that_is_not_our_score_gets_the_re_ask_that_fits(string locale, string reply, string retryKey)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(retryKey).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "7, wait, make that 9", 9, NpsCategory.Promoter)]
    [InlineData("es-ES", "mi marido pone un 10, yo un 3", 3, NpsCategory.Detractor)]
    [InlineData("nl-NL", "vorig jaar een 9, nu een 6", 6, NpsCategory.Detractor)]
    [InlineData("en-US", "7-ish", 7, NpsCategory.Passive)]
    [InlineData("en-US", "gr8 service, 9", 9, NpsCategory.Promoter)]
    [InlineData("en-US", "big fat zero", 0, NpsCategory.Detractor)]
    [InlineData("de-DE", "acht", 8, NpsCategory.Passive)]
    [InlineData("fr-FR", "au départ 9, puis le SAV m'a déçu, donc vraiment 6", 6, NpsCategory.Detractor)]
    [InlineData("pt-BR", "dois. muito fraco", 2, NpsCategory.Detractor)]
    public async Task The_customers_own_final_score_is_recorded(string locale, string reply, int score, NpsCategory category)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, category), (response.Score, response.Category));
    }

    [Theory]
    [InlineData("My dad is 91 and was talked into a second phone contract", "vulnerable")]
    [InlineData("The courier dented our garage door with his trolley", "damage")]
    [InlineData("The heater gave off smoke the first evening", "safety")]
    [InlineData("Please have someone from head office phone me", "person_requested")]
    [InlineData("Mi bebé se metió en la boca la pila de botón del mando", "safety")]
    [InlineData("Mein Vater liegt im Krankenhaus und wartet auf das Blutdruckgerät", "health")]
    [InlineData("Ma mère a des troubles de la mémoire et on lui a vendu trois abonnements", "vulnerable")]
    [InlineData("Mijn creditcard-uitgever zet een terugboeking in gang", "legal")]
    [InlineData("O entregador arrastou o sofá e riscou todo o piso de madeira", "damage")]
    [InlineData("This is the fourth email I've written about the same fault", "repeated_contact")]
    [InlineData("Cancel my subscription now, I'm done with you", "churn_anger")]
    [InlineData("The security guard shouted at my son and threw us out", "abuse")]
    [InlineData("De kassière noemde mij dom toen ik naar mijn bon vroeg", "abuse")]
    [InlineData("Noch eine falsche Abbuchung und ich gehe zur BaFin", "legal")]
    [InlineData("Schon 7 E-Mails und immer noch kein Ersatzteil", "repeated_contact")]
    [InlineData("Je veux quelqu'un de chez vous au téléphone aujourd'hui", "person_requested")]
    [InlineData("Me cobrasteis dos veces?? cierro todas mis cuentas", "churn_anger")]
    [InlineData("Minha avó quase caiu no degrau solto da entrada da loja", "safety")]
    // issue 12, fifth round: leaving with an anger marker and no angry word
    [InlineData("I'm cancelling my phone plan today and telling everyone what you did", "churn_anger")]
    [InlineData("je vous quitte, c'est fini", "churn_anger")]
    [InlineData("ich kündige bei diesem Saftladen", "churn_anger")]
    [InlineData("me voy de esta aseguradora, me han tratado como basura", "churn_anger")]
    [InlineData("vou cancelar o plano e vou espalhar pra todo mundo", "churn_anger")]
    [InlineData("ik ben weg, voorgoed", "churn_anger")]
    // issue 12, sixth round: reasons told as a story
    [InlineData("I tripped on the loose mat at the door and hurt my wrist", "safety")]
    [InlineData("la porte automatique s'est refermée sur la main de mon fils", "safety")]
    [InlineData("ein Metallsplitter im Brot, das hätte schlimm ausgehen können", "safety")]
    [InlineData("he reportado el fallo 4 veces y cada vez me dicen que me contactarán", "repeated_contact")]
    [InlineData("quero que o gerente me ligue", "person_requested")]
    [InlineData("geef me je manager", "person_requested")]
    [InlineData("Ich bin blind und die App liest mir nichts vor", "vulnerable")]
    [InlineData("le vigile m'a bousculée devant tout le monde", "abuse")]
    [InlineData("los del montaje hicieron un agujero en la pared", "damage")]
    [InlineData("a sessão de quimio foi cancelada sem nova data", "health")]
    [InlineData("cancel it now, you scammers", "churn_anger")]
    // issue 12, eighth round: harm and conduct told without the reason's word
    [InlineData("the delivery van nearly ran over my little boy on the drive", "safety")]
    [InlineData("depuis la pose du compteur, ça sent le gaz dans l'entrée", "safety")]
    [InlineData("ich habe nur noch Insulin für zwei Tage", "health")]
    [InlineData("el técnico perforó una tubería y se inundó la cocina", "damage")]
    [InlineData("o motorista me seguiu até em casa", "abuse")]
    [InlineData("vijf keer gebeld, vijf keer niks", "repeated_contact")]
    [InlineData("quero atendimento humano agora", "person_requested")]
    [InlineData("me borro del gimnasio, menuda tomadura de pelo", "churn_anger")]
    // issue 12, esc12j: leaving already done, outcomes told instead of reasons, and the second tier's broad words
    [InlineData("Vertrag gekündigt, unverschämt ist das", "churn_anger")]
    [InlineData("après le repas du traiteur, mon oncle a été hospitalisé", "health")]
    [InlineData("ya puse una queja en Profeco", "legal")]
    [InlineData("the kettle lid flew off and there was blood everywhere", "safety")]
    // issue 12, esc12k: what happened to a child or an object, things sent again and again, insults reported
    [InlineData("het kinderhekje boven aan de trap schoot los toen mijn zoon ertegenaan viel", "safety")]
    [InlineData("já mandei o comprovativo quatro vezes e continuam a pedir", "repeated_contact")]
    [InlineData("nous avons tous eu la gastro après votre buffet", "health")]
    [InlineData("the plumber punched a hole in the bathroom wall", "damage")]
    [InlineData("der Verkäufer sagte, ich sei hysterisch", "abuse")]
    // issue 12, esc14: quoted remarks, trades that damaged something, near-misses, buyer protection, leaving in other words
    [InlineData("the bouncer said \"no foreigners tonight\" to my cousins", "abuse")]
    [InlineData("de glazenwasser heeft de vensterbank gebroken met zijn emmer", "damage")]
    [InlineData("une étagère est tombée à quelques centimètres de mon père", "safety")]
    [InlineData("ich habe den Käuferschutz bei PayPal beantragt", "legal")]
    [InlineData("me largo de este banco, sanguijuelas", "churn_anger")]
    // issue 12, escmodel15: wordings no cue reads (EscalationModelKindsTests checks that), handed over by the escalation model, live again
    [InlineData("der Fensterputzer hat mit der Leiter unseren Wintergarten eingeschlagen", "damage")]
    [InlineData("Schluss jetzt, ich kündige alles bei euch, nie wieder", "churn_anger")]
    public async Task An_escalating_complaint_hands_over_with_its_reason_on_the_response_and_the_case(string complaint, string reason)
    {
        var desk = new FakeRecoveryDesk();
        var transcript = new SurveyTranscript(scores: new ScoreRecognizer(), sentiment: new SentimentAnalyzer(), recovery: desk, themes: new FixedThemes("service"));

        await transcript.Join().Send("2").Send(complaint).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Contains(reason, response.EscalationReasons!.Split(','));
        Assert.Contains(desk.Tracked, t => t.HandoffReason == HandoffReasons.Escalation);
    }

    [Theory]
    [InlineData("I won't take you to court over this, just correct the bill")]
    [InlineData("no pienso ir a la OMIC, solo quiero que me quitéis el cargo")]
    [InlineData("the parking at the hospital branch is far too dear")]
    [InlineData("je ne vais pas demander à parler au responsable, corrigez juste la facture")]
    [InlineData("the same medicine is cheaper at the pharmacy across the road")]
    public async Task A_reasons_word_that_does_not_mean_it_hands_nothing_over_for_escalation(string complaint)
    {
        var desk = new FakeRecoveryDesk();
        var transcript = new SurveyTranscript(scores: new ScoreRecognizer(), sentiment: new SentimentAnalyzer(), recovery: desk, themes: new FixedThemes("billing"));

        await transcript.Join().Send("2").Send(complaint).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.True(string.IsNullOrEmpty(response.EscalationReasons), response.EscalationReasons);
        Assert.DoesNotContain(desk.Tracked, t => t.HandoffReason == HandoffReasons.Escalation);
    }
}
