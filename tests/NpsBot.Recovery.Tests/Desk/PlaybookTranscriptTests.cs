using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Recovery.Tests.Desk;

/// <summary>Every playbook walked in every locale: theme confirmed in the bot's words, acknowledgement with the first name, its remedies, the choice on the case.</summary>
public sealed class PlaybookTranscriptTests
{
    private static readonly string[] DeliveryWithoutName =
        ["I'm sorry about the delivery. That isn't the service you should get from us.", "I'm sorry your order didn't reach you the way it should have."];

    public static TheoryData<string, string> EveryPlaybookInEveryLocale()
    {
        var data = new TheoryData<string, string>();
        foreach (var locale in new[] { "en-US", "es-ES", "fr-FR", "de-DE", "pt-BR", "nl-NL" })
        {
            foreach (var book in RecoveryTranscript.Playbooks.Playbooks)
            {
                data.Add(locale, book.Theme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPlaybookInEveryLocale))]
    public async Task A_detractor_confirms_the_theme_hears_the_playbooks_acknowledgement_and_their_remedy_is_recorded_on_the_case(string locale, string theme)
    {
        var transcript = new RecoveryTranscript(locale, theme);
        var language = locale[..2];
        var book = RecoveryTranscript.Playbooks.For(theme)!;
        var words = RecoveryTranscript.WordingFor(locale);

        var question = Assert.Single(await transcript.ToThemeQuestionAsync());
        var afterTheme = await transcript.SendAsync(words.Entry(K.ThemeYes).Variants[0]);
        var afterRemedy = await transcript.SendAsync("1");

        Assert.Contains(book.Phrase[language], question.Text, StringComparison.Ordinal);
        Assert.Equal([words.Entry(K.ThemeYes).Variants[0], .. RecoveryTranscript.Playbooks.Playbooks.Where(p => p.Theme != theme).Select(p => p.Label[language])],
            question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Contains(afterTheme[0].Text, book.Acknowledgements[language].Select(text => TemplateText.Format(text, new Dictionary<string, string> { ["name"] = "Ana" })));
        var remedies = book.Remedies.Select(code => RecoveryTranscript.Playbooks.Remedies[code]).ToList();
        Assert.Equal([.. remedies.Select(r => r.Title[language]), words.Entry(K.RemedyNone).Variants[0]], afterTheme[1].SuggestedActions!.Actions.Select(a => a.Title));
        var chosen = remedies[0];
        var expected = chosen.Callback
            ? TemplateText.Format(words.Entry(K.HandoffInHours).Variants[0], new Dictionary<string, string> { ["deadline"] = "15:00" })
            : TemplateText.Format(chosen.Confirmation[language], new Dictionary<string, string> { ["deadline"] = "15:00", ["code"] = "SORRY-0001" });
        Assert.Equal(expected, Assert.Single(afterRemedy).Text);
        var response = transcript.Response;
        Assert.Equal((theme, theme, false, chosen.Code), (response.ConfirmedTheme, response.ThemeGuess, response.ThemeChanged, response.Remedy));
        Assert.Equal(string.Join(',', book.Remedies), response.RemediesOffered);
        var supportCase = transcript.Case!;
        Assert.Equal((chosen.Code, theme, response.CaseKey), (supportCase.Remedy, supportCase.Theme, supportCase.CaseKey));
        Assert.Contains(transcript.Events, e => e.Kind == (chosen.Callback ? CaseEventKinds.HandedOff : CaseEventKinds.RemedyChosen));
        Assert.Equal(chosen.Callback ? ConversationModes.Agent : ConversationModes.Bot, transcript.State.Mode);
    }

    [Fact]
    public async Task A_customer_who_picks_another_theme_gets_that_themes_playbook_and_the_change_is_stored()
    {
        var transcript = new RecoveryTranscript(theme: "delivery");
        await transcript.ToThemeQuestionAsync();

        var afterTheme = await transcript.SendAsync("Billing");

        var billing = RecoveryTranscript.Playbooks.For("billing")!.Acknowledgements["en"];
        Assert.Contains(afterTheme[0].Text, billing.Select(text => TemplateText.Format(text, new Dictionary<string, string> { ["name"] = "Ana" })));
        Assert.Equal(("billing", "delivery", true), (transcript.Response.ConfirmedTheme, transcript.Response.ThemeGuess, transcript.Response.ThemeChanged));
        Assert.Equal("billing", transcript.Response.Theme);
    }

    [Fact]
    public async Task Without_a_first_name_the_acknowledgement_drops_it_with_its_comma()
    {
        var transcript = new RecoveryTranscript(theme: "delivery", customerName: null);
        await transcript.ToThemeQuestionAsync();

        var afterTheme = await transcript.SendAsync("1");

        Assert.Contains(afterTheme[0].Text, DeliveryWithoutName);
        Assert.StartsWith("Thank you for being honest. ", transcript.AllReplies[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_every_remedy_is_recorded_and_the_bot_thanks_without_a_promise()
    {
        var transcript = new RecoveryTranscript(theme: "price");
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync("1");

        var afterRemedy = await transcript.SendAsync("No, thank you");

        Assert.Equal(RecoveryTranscript.WordingFor("en").Entry(K.DetractorThanks).Variants[0], Assert.Single(afterRemedy).Text);
        Assert.Equal((RemedyCodes.None, false, SurveyOutcomes.Completed), (transcript.Response.Remedy, transcript.Response.WantsContact, transcript.Response.Outcome));
        Assert.Equal(RemedyCodes.None, transcript.Case!.Remedy);
    }

    [Fact]
    public async Task On_sms_the_themes_and_remedies_are_numbered_text_and_a_number_picks_one()
    {
        var transcript = new RecoveryTranscript(theme: "delivery", channelId: "sms");

        var question = Assert.Single(await transcript.ToThemeQuestionAsync());
        var afterTheme = await transcript.SendAsync("1");
        await transcript.SendAsync("2");

        Assert.Null(question.SuggestedActions);
        Assert.Contains("\n1. Yes, that's it\n2. Product", question.Text, StringComparison.Ordinal);
        Assert.Contains("\n1. Send a replacement\n2. Start a refund request\n3. Talk to a person\n4. No, thank you", afterTheme[1].Text, StringComparison.Ordinal);
        Assert.Equal("refund-route", transcript.Response.Remedy);
    }
}
