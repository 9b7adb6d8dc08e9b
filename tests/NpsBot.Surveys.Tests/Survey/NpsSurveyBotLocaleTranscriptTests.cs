using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotLocaleTranscriptTests
{
    [Theory]
    [InlineData("fr-CA", "fr", "Camille Tremblay", 3, "La livraison est arrivée avec une semaine de retard", "Une semaine, et ce n'est pas la première fois", "oui")]
    [InlineData("de-AT", "de", "Lukas Gruber", 2, "Die Lieferung kam wieder zu spät", "Drei Tage, schon zum zweiten Mal", "genau")]
    [InlineData("pt-BR", "pt", "João Silva", 4, "A entrega atrasou de novo", "Uma semana inteira", "sim")]
    [InlineData("nl-BE", "nl", "Sanne Peeters", 1, "Het pakket werd weer te laat bezorgd", "Twee dagen, en niet voor het eerst", "klopt")]
    public async Task A_detractor_gets_the_survey_in_their_language_and_can_confirm_the_theme_in_it(
        string locale, string language, string customerName, int score, string reason, string followUp, string yes)
    {
        var transcript = new SurveyTranscript(locale: locale, customerName: customerName, themes: new FixedThemes("delivery"), recovery: new FakeRecoveryDesk());

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send(score.ToString(System.Globalization.CultureInfo.InvariantCulture)).Expect(K.DetractorApology, K.DetractorAskReason)
            .Send(reason).Expect("survey.detractor.follow-up.delivery")
            .Send(followUp).Expect(K.ThemeConfirm)
            .Send(yes).Expect(replies => Assert.Equal(2, replies.Count))
            .RunAsync();

        AssertSpokenIn(transcript, language, customerName.Split(' ')[0]);
        var response = Assert.Single(transcript.Responses);
        Assert.Equal((locale, score, "delivery", false), (response.Locale, response.Score, response.ConfirmedTheme, response.ThemeChanged));
        Assert.Equal(SurveyOutcomes.InProgress, response.Outcome);
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
