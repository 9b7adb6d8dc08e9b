using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotLocaleTranscriptTests
{
    [Fact]
    public async Task A_french_canadian_customer_gets_the_survey_in_french_and_can_answer_oui()
    {
        var transcript = new SurveyTranscript(locale: "fr-CA", customerName: "Camille Tremblay");

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("3").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("La livraison est arrivée avec une semaine de retard").Expect("survey.detractor.follow-up.delivery")
            .Send("Une semaine, et ce n'est pas la première fois").Expect(K.DetractorAcknowledge, K.DetractorAskContact)
            .Send("oui").Expect(K.DetractorCloseContact)
            .RunAsync();

        AssertSpokenIn(transcript, "fr", "Camille");
        var response = Assert.Single(transcript.Responses);
        Assert.Equal(("fr-CA", 3, true), (response.Locale, response.Score, response.WantsContact));
    }

    [Fact]
    public async Task An_austrian_customer_gets_the_survey_in_german_and_can_answer_ja_gerne()
    {
        var transcript = new SurveyTranscript(locale: "de-AT", customerName: "Lukas Gruber");

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("2").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("Die Lieferung kam wieder zu spät").Expect("survey.detractor.follow-up.delivery")
            .Send("Drei Tage, schon zum zweiten Mal").Expect(K.DetractorAcknowledge, K.DetractorAskContact)
            .Send("Ja, gerne").Expect(K.DetractorCloseContact)
            .RunAsync();

        AssertSpokenIn(transcript, "de", "Lukas");
        var response = Assert.Single(transcript.Responses);
        Assert.Equal(("de-AT", 2, true), (response.Locale, response.Score, response.WantsContact));
    }

    [Fact]
    public async Task A_brazilian_customer_gets_the_survey_in_portuguese_and_can_answer_sim()
    {
        var transcript = new SurveyTranscript(locale: "pt-BR", customerName: "João Silva");

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("4").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("A entrega atrasou de novo").Expect("survey.detractor.follow-up.delivery")
            .Send("Uma semana inteira").Expect(K.DetractorAcknowledge, K.DetractorAskContact)
            .Send("sim").Expect(K.DetractorCloseContact)
            .RunAsync();

        AssertSpokenIn(transcript, "pt", "João");
        var response = Assert.Single(transcript.Responses);
        Assert.Equal(("pt-BR", 4, true), (response.Locale, response.Score, response.WantsContact));
    }

    [Fact]
    public async Task A_flemish_customer_gets_the_survey_in_dutch_and_can_answer_jazeker()
    {
        var transcript = new SurveyTranscript(locale: "nl-BE", customerName: "Sanne Peeters");

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("1").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("Het pakket werd weer te laat bezorgd").Expect("survey.detractor.follow-up.delivery")
            .Send("Twee dagen, en niet voor het eerst").Expect(K.DetractorAcknowledge, K.DetractorAskContact)
            .Send("jazeker").Expect(K.DetractorCloseContact)
            .RunAsync();

        AssertSpokenIn(transcript, "nl", "Sanne");
        var response = Assert.Single(transcript.Responses);
        Assert.Equal(("nl-BE", 1, true), (response.Locale, response.Score, response.WantsContact));
    }

    [Theory]
    [InlineData("fr-FR", "stop", "Bonjour", "Recommencer")]
    [InlineData("de-DE", "Stop", "Hallo", "Neustart")]
    [InlineData("pt-BR", "parar", "Oi", "recomeçar")]
    [InlineData("nl-NL", "stop", "Hoi", "opnieuw")]
    public async Task The_stop_and_restart_words_the_wording_names_work_in_each_new_locale(string locale, string stop, string hello, string restart)
    {
        var transcript = new SurveyTranscript(locale: locale);

        await transcript
            .Join()
            .Send(stop).Expect(K.Stopped)
            .Send(hello).Expect(K.AlreadyDone)
            .Send(restart).Expect(K.Greeting, K.AskScore)
            .RunAsync();

        Assert.Contains(stop, transcript.Wording.Entry(K.Help).Variants[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SurveyOutcomes.Stopped, Assert.Single(transcript.Responses).Outcome);
    }

    // The greeting and the score question are the locale's own wording (not English), and greet the customer by name.
    private static void AssertSpokenIn(SurveyTranscript transcript, string locale, string firstName)
    {
        var english = SurveyTranscript.Definitions.Wording.For("en");
        var (greeting, question) = (transcript.AllReplies[0].Text, transcript.AllReplies[1].Text);
        Assert.Equal(locale, transcript.Wording.Locale);
        Assert.Contains(firstName, greeting, StringComparison.Ordinal);
        Assert.False(WordingMatch.Matches(english, K.Greeting, greeting), $"The greeting is in English: {greeting}");
        Assert.False(WordingMatch.Matches(english, K.AskScore, question), $"The score question is in English: {question}");
    }
}
