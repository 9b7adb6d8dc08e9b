using System.Text.RegularExpressions;

namespace NpsBot.Language.Sentiment;

/// <summary>Multilingual patterns (en, es, fr, de, pt, nl) for the cues that need a human, matched against folded text.</summary>
public static partial class EscalationCues
{
    [GeneratedRegex(@"\b(lawyers?|attorneys?|solicitors?|sue|suing|lawsuit|legal action|court|small claims|trading standards|consumer protection|ombudsman|"
        + @"abogad[oa]s?|demandar(e|los)?|demanda judicial|denunciar(e|los)?|denuncia|tribunal(es)?|acciones legales|consumo|"
        + @"avocats?|proces|tribunal|porter plainte|poursuivre|poursuites|justice|mise en demeure|"
        + @"anwalt|anwaltin|rechtsanwalt|klage|verklagen|gericht|verbraucherzentrale|rechtliche schritte|"
        + @"advogad[oa]s?|processar|processo|procon|justica|"
        + @"advocaat|rechtszaak|aanklagen|rechter|juridische stappen|geschillencommissie|consumentenbond)\b")]
    public static partial Regex Legal();

    [GeneratedRegex(@"\b(injur(y|ies|ed)|hurt (me|my|him|her|us|myself)|burn(ed|t|s)? (my|his|her|me)|caught fire|on fire|fire hazard|started a fire|flames|smoke came|exploded|explosion|allergic reaction|anaphyla\w*|hospital|electric shock|electrocuted|chok(ed|ing)|food poisoning|poisoned|cut (my|his|her) (hand|finger)|"
        + @"herid[oa]|lesion|quemadura|me queme|incendio|se incendio|fuego|humo|exploto|reaccion alergica|intoxicacion|descarga electrica|"
        + @"blesse|blessure|brulure|brule|incendie|pris feu|fumee|explose|reaction allergique|hopital|intoxication|electrocute|"
        + @"verletzt|verletzung|verbrannt|verbrennung|brand|feuer|rauch|explodiert|allergische reaktion|krankenhaus|notaufnahme|vergiftung|stromschlag|"
        + @"ferid[oa]|queimadura|queimou|incendio|pegou fogo|fumaca|explodiu|reacao alergica|intoxicacao|choque eletrico|"
        + @"gewond|letsel|verbrand|vlam gevat|ontploft|allergische reactie|ziekenhuis|vergiftiging|stroomschok|in brand)\b")]
    public static partial Regex Safety();

    [GeneratedRegex(@"\b(cancel(l?ing)? my (account|subscription|contract|membership|plan)|close my account|switch(ing)? to|going to (a )?competitor|take my (business|money) elsewhere|never (again|buying|ordering|shopping)|last time i (buy|order|shop)|i'?m (leaving|done|switching)|lost a customer|"
        + @"(cancelar|cerrar) mi (cuenta|suscripcion|contrato)|me doy de baja|me cambio a|nunca mas|no vuelvo|no volvere|perdieron un cliente|"
        + @"resilier|je resilie|fermer mon compte|je pars chez|je vais chez (la )?concurrence|plus jamais|vous avez perdu un client|"
        + @"kundigen|kundige|konto (schliessen|loschen)|wechsle zu|zur konkurrenz|nie wieder|kunden verloren|"
        + @"cancelar (minha|meu) (conta|assinatura|contrato|plano)|vou (mudar|trocar) para|nunca mais|perderam um cliente|"
        + @"opzeggen|zeg (mijn|het) .{0,20}op|overstappen naar|stap over naar|nooit meer|klant kwijt)\b")]
    public static partial Regex Churn();

    [GeneratedRegex(@"\b((third|3rd|fourth|4th|fifth|5th|tenth) time|(second|third) (call|email|message)|(called|emailed|written|wrote|contacted|messaged|chased)( you)? (\w+ )?([2-9]|1[0-9]|two|three|four|five|six|several|multiple|many) times|again and again|times already|still no (answer|reply|response)|every day for|"
        + @"(tercera|cuarta|quinta) vez|(llamado|escrito|reclamado) (ya )?([2-9]|varias|muchas|tres|cuatro) veces|ya van|otra vez sin respuesta|"
        + @"(troisieme|quatrieme|cinquieme|3e|3eme) fois|(appele|ecrit|relance) ([2-9]|plusieurs|trois|quatre) fois|toujours pas de reponse|"
        + @"(dritte|vierte|funfte|3\.) mal|zum (dritten|vierten|x-ten) mal|schon ([2-9]|mehrmals|drei|vier) (mal )?(angerufen|geschrieben)|immer noch keine antwort|"
        + @"(terceira|quarta|quinta) vez|(liguei|escrevi|reclamei) ([2-9]|varias|tres|quatro) vezes|ainda sem resposta|"
        + @"(derde|vierde|vijfde) keer|al ([2-9]|drie|vier|meerdere) keer (gebeld|gemaild|geschreven)|nog steeds geen (antwoord|reactie))\b")]
    public static partial Regex RepeatedContact();

    [GeneratedRegex(@"\b(fuck\w*|shit|asshole|bastards?|idiots?|morons?|stupid (people|company|bot)|retards?|bitch|"
        + @"idiotas?|imbeciles?|estupidos?|gilipollas|cabrones?|mierda|joder|hijos de puta|"
        + @"connards?|connasse|encules?|putain|merde|abrutis?|debiles|"
        + @"arschloch|arschlocher|vollidioten?|idioten|scheisse|scheissladen|wichser|"
        + @"merda|porra|imbecis|otarios?|caralho|"
        + @"idioten|klootzakken?|kut|debielen?|eikels?|sukkels?|tyfus|kanker)\b")]
    public static partial Regex Abuse();
}
