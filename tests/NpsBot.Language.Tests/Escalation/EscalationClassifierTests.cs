using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>One line per reason and language, written for these tests (not taken from the evaluation sets).</summary>
public sealed class EscalationClassifierTests
{
    [Theory]
    [InlineData("Can I please talk to your supervisor about this?", EscalationReasons.PersonRequested)]
    [InlineData("Quiero hablar con un responsable, no con una máquina", EscalationReasons.PersonRequested)]
    [InlineData("Rappelez-moi avant ce soir s'il vous plaît", EscalationReasons.PersonRequested)]
    [InlineData("Bitte um Rückruf von einem Vorgesetzten", EscalationReasons.PersonRequested)]
    [InlineData("Quero falar com o gerente da loja", EscalationReasons.PersonRequested)]
    [InlineData("Ik wil graag een leidinggevende aan de lijn", EscalationReasons.PersonRequested)]
    [InlineData("The toaster threw sparks across the kitchen", EscalationReasons.Safety)]
    [InlineData("La plancha empezó a echar humo", EscalationReasons.Safety)]
    [InlineData("Mon fils s'est brûlé avec la poignée", EscalationReasons.Safety)]
    [InlineData("Das Kabel ist geschmolzen", EscalationReasons.Safety)]
    [InlineData("A tomada soltou faíscas", EscalationReasons.Safety)]
    [InlineData("De föhn begon te roken", EscalationReasons.Safety)]
    [InlineData("My inhaler refill is a week late and I'm running out", EscalationReasons.Health)]
    [InlineData("Sin la insulina no puedo esperar más", EscalationReasons.Health)]
    [InlineData("Mon traitement n'est toujours pas livré", EscalationReasons.Health)]
    [InlineData("Meine Medikamente fehlen im Paket", EscalationReasons.Health)]
    [InlineData("O remédio da minha mãe não chegou", EscalationReasons.Health)]
    [InlineData("Mijn medicatie is nog steeds niet bezorgd", EscalationReasons.Health)]
    [InlineData("My gran is 92 and was talked into a phone contract", EscalationReasons.Vulnerable)]
    [InlineData("Mi padre tiene demencia y le vendieron un seguro", EscalationReasons.Vulnerable)]
    [InlineData("Je suis malvoyante et personne ne m'a aidée", EscalationReasons.Vulnerable)]
    [InlineData("Ich sitze im Rollstuhl und komme nicht in die Filiale", EscalationReasons.Vulnerable)]
    [InlineData("Meu pai faleceu e continuam mandando cobranças", EscalationReasons.Vulnerable)]
    [InlineData("Mijn moeder is doof en kreeg alleen telefoontjes", EscalationReasons.Vulnerable)]
    [InlineData("I'll be asking my bank for a chargeback", EscalationReasons.Legal)]
    [InlineData("Voy a ir a consumo con esto", EscalationReasons.Legal)]
    [InlineData("J'ai saisi le médiateur", EscalationReasons.Legal)]
    [InlineData("Ich schalte die Verbraucherzentrale ein", EscalationReasons.Legal)]
    [InlineData("Vou abrir uma reclamação no Procon", EscalationReasons.Legal)]
    [InlineData("Ik stap naar de geschillencommissie", EscalationReasons.Legal)]
    [InlineData("The fitters dented our front door with the fridge", EscalationReasons.Damage)]
    [InlineData("El repartidor rayó el suelo del salón", EscalationReasons.Damage)]
    [InlineData("Les déménageurs ont abîmé le parquet", EscalationReasons.Damage)]
    [InlineData("Der Bote hat den Zaun beschädigt", EscalationReasons.Damage)]
    [InlineData("O entregador riscou a parede da sala", EscalationReasons.Damage)]
    [InlineData("De bezorger heeft de vloer gekrast", EscalationReasons.Damage)]
    [InlineData("This is my fifth email and nobody called me back", EscalationReasons.RepeatedContact)]
    [InlineData("Es la cuarta vez que escribo", EscalationReasons.RepeatedContact)]
    [InlineData("J'ai appelé trois fois sans réponse", EscalationReasons.RepeatedContact)]
    [InlineData("Zum dritten Mal melde ich mich", EscalationReasons.RepeatedContact)]
    [InlineData("Já liguei quatro vezes", EscalationReasons.RepeatedContact)]
    [InlineData("Dit is de vierde keer dat ik mail", EscalationReasons.RepeatedContact)]
    [InlineData("Disgraceful. I'm cancelling everything today", EscalationReasons.ChurnAnger)]
    [InlineData("Estoy harta, me doy de baja", EscalationReasons.ChurnAnger)]
    [InlineData("Je résilie, c'est scandaleux", EscalationReasons.ChurnAnger)]
    [InlineData("Eine Frechheit, ich kündige", EscalationReasons.ChurnAnger)]
    [InlineData("Que vergonha, vou cancelar tudo", EscalationReasons.ChurnAnger)]
    [InlineData("Schandalig, ik zeg alles op", EscalationReasons.ChurnAnger)]
    [InlineData("The cashier shouted at me in front of everyone", EscalationReasons.Abuse)]
    [InlineData("El vigilante me insultó", EscalationReasons.Abuse)]
    [InlineData("Le vendeur m'a menacé", EscalationReasons.Abuse)]
    [InlineData("Der Fahrer hat mich beleidigt", EscalationReasons.Abuse)]
    [InlineData("O atendente me xingou", EscalationReasons.Abuse)]
    [InlineData("De medewerker schreeuwde tegen me", EscalationReasons.Abuse)]
    public void Each_reason_is_found_in_each_language(string text, string reason)
    {
        Assert.Contains(reason, EscalationClassifier.Classify(text, -0.5));
    }

    [Theory]
    [InlineData("It was a killer deal but the parcel was slow")]
    [InlineData("I'm dying to get my parcel, it's a week late")]
    [InlineData("The shirt shrank in the wash, damn it")]
    [InlineData("Die Lieferung kam zwei Tage zu spät")]
    [InlineData("Le site plante à chaque fois que je paie")]
    public void Ordinary_complaints_do_not_escalate(string text)
    {
        Assert.Empty(EscalationClassifier.Classify(text, -0.4));
    }

    [Fact]
    public void Leaving_calmly_is_not_churn_anger()
    {
        Assert.DoesNotContain(EscalationReasons.ChurnAnger, EscalationClassifier.Classify("I'm switching to another provider, thanks for everything", 0.3));
    }
}
