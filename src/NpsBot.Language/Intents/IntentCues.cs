using System.Text.RegularExpressions;

namespace NpsBot.Language.Intents;

/// <summary>The multilingual cue patterns (en, es, fr, de, pt, nl), matched against folded text (lower case, no accents).</summary>
public static partial class IntentCues
{
    // Opt-out keywords (CTIA/carrier list: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, plus OPTOUT/REVOKE) and their
    // equivalents; alone they are the whole message, so "cancel" inside a complaint is not an opt-out.
    [GeneratedRegex(@"^\W*(stop|stop\s*all|stopall|unsubscribe|cancel|end|quit|opt[\s-]?out|revoke|baja|parar|para|alto|cancelar|arret|arrete|arretez|desabonner|desinscrire|stopp|abmelden|abbestellen|beenden|sair|pare|parem|stoppen|afmelden|uitschrijven)\W*$")]
    public static partial Regex StopKeyword();

    [GeneratedRegex(@"\b(stop (texting|messaging|contacting|sending|writing)|unsubscribe me|don'?t (text|message|contact) me|leave me alone|no more (messages|texts|surveys)|remove me from|"
        + @"dejen de (escribirme|enviarme|mandarme)|darme de baja|dame de baja|no me (escriban|envien|manden) mas|"
        + @"arretez de m'?(ecrire|envoyer|contacter)|ne (plus|pas) (me )?(contacter|ecrire)|desinscrivez-moi|"
        + @"hort auf|horen sie auf mir|keine (nachrichten|umfragen|sms) mehr|schreiben sie mir nicht mehr|"
        + @"parem de me (mandar|enviar|escrever)|nao quero (mais )?receber|me descadastr|"
        + @"stop met (sturen|berichten)|geen berichten meer|laat me met rust|meld me af)")]
    public static partial Regex StopPhrase();

    [GeneratedRegex(@"\b((talk|speak|chat) (to|with) (a |an |the |your |some |real )*(human|person|agent|someone|somebody|manager|supervisor|representative|rep|operator|people)|"
        + @"(want|need|get|give|get me|give me) (a |an |to |the )?(real )?(human|person|agent|manager|supervisor|representative|operator)|real person|call me( back)?|callback|call back|phone me|ring me|"
        + @"(hablar|comunicarme) con (un |una |el |la |alguien|algun )*(humano|persona|agente|gerente|supervisor|encargado|responsable)|persona real|llamenme|llamadme|que me llamen|"
        + @"parler (a|avec) (un |une |le |la |quelqu'?un|votre )*(humain|personne|conseiller|conseillere|agent|responsable|manager|superieur)|vraie personne|rappelez-moi|me rappeler|"
        + @"(mit|einen|einem|einer) (echten )?(menschen|mitarbeiter|mitarbeiterin|vorgesetzten|person|berater|manager) (sprechen|reden)|echte person|ruckruf|rufen sie mich|ruft mich an|"
        + @"falar com (um |uma |o |a |alguem|algum )*(humano|pessoa|atendente|gerente|supervisor|responsavel)|pessoa real|me liguem|liguem-me|me ligue|"
        + @"(spreken|praten) met (een |de |iemand|uw )*(mens|persoon|medewerker|manager|leidinggevende)|echt persoon|echte persoon|bel me|bel mij|terugbellen)\b")]
    public static partial Regex HumanPhrase();

    [GeneratedRegex(@"^\W*(human|agent|operator|representative|manager|supervisor|person|humano|agente|persona|humain|conseiller|mensch|mitarbeiter|atendente|pessoa|mens|medewerker)\W*$")]
    public static partial Regex HumanKeyword();

    [GeneratedRegex(@"\b(change (my|the) (score|rating|answer|note)|(update|correct|fix) my (score|rating|answer)|"
        + @"cambiar (mi|la) (nota|puntuacion|calificacion|respuesta)|changer (ma|la) (note|reponse)|(note|bewertung|antwort) (andern|korrigieren)|"
        + @"mudar (minha|a) (nota|resposta)|(score|cijfer|antwoord) (aanpassen|wijzigen|veranderen))\b")]
    public static partial Regex ChangeScoreExplicit();

    // Soft cues count only when a new score comes with them ("actually 7", "en fait 7").
    [GeneratedRegex(@"\b(actually|i meant|make it|on second thought|en realidad|quise decir|mejor|en fait|je voulais dire|plutot|eigentlich|ich meinte|lieber|na verdade|quis dizer|eigenlijk|ik bedoelde|toch)\b")]
    public static partial Regex ChangeScoreSoft();

    [GeneratedRegex(@"^\W*(help|\?+|info|ayuda|aide|hilfe|ajuda|hulp|what is this\??|what'?s this\??|who are you\??|how does this work\??|que es esto\??|c'?est quoi\??|qu'?est-ce que c'?est\??|was ist das\??|o que e isso\??|wat is dit\??)\W*$")]
    public static partial Regex HelpKeyword();
}
