using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Recovery;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Recovery.Tests.Desk;

/// <summary>
/// Each handoff trigger in every locale: the customer is told the deadline the SLA clock holds, the case carries the
/// reason, the conversation goes to agent mode and the bot says nothing more.
/// </summary>
public sealed class HandoffTriggerTranscriptTests
{
    [Theory]
    [InlineData("en-US", "My parcel never arrived and I want to talk to a person", "parcel")]
    [InlineData("es-ES", "Mi paquete nunca llegó, quiero hablar con una persona", "paquete")]
    [InlineData("fr-FR", "Mon colis n'est jamais arrivé, je veux parler à une personne", "colis")]
    [InlineData("de-DE", "Mein Paket kam nie an, ich möchte mit einem Mitarbeiter sprechen", "Paket")]
    [InlineData("pt-BR", "Meu pacote nunca chegou, quero falar com uma pessoa", "pacote")]
    [InlineData("nl-NL", "Mijn pakket is nooit aangekomen, ik wil graag spreken met een medewerker", "pakket")]
    public async Task Asking_for_a_person_hands_off_with_the_complaint_kept_and_the_real_deadline(string locale, string message, string complaintWord)
    {
        var transcript = new RecoveryTranscript(locale);
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync(message);

        AssertHandedOff(transcript, replies, locale, HandoffReasons.Asked, K.HandoffInHours, "15:00");
        Assert.Contains(complaintWord, transcript.Response.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "My order arrived two weeks late, I'm going to my lawyer")]
    [InlineData("es-ES", "Mi pedido llegó dos semanas tarde, voy a ver a mi abogado")]
    [InlineData("fr-FR", "Ma commande est arrivée avec deux semaines de retard, je vais voir mon avocat")]
    [InlineData("de-DE", "Meine Bestellung kam zwei Wochen zu spät, ich gehe zu meinem Anwalt")]
    [InlineData("pt-BR", "Meu pedido chegou duas semanas atrasado, vou procurar um advogado")]
    [InlineData("nl-NL", "Mijn bestelling kwam twee weken te laat, ik stap naar mijn advocaat")]
    public async Task A_legal_threat_hands_off_at_once_with_the_reason_on_the_response_and_an_urgent_case(string locale, string reason)
    {
        var transcript = new RecoveryTranscript(locale);
        await transcript.JoinAsync();
        await transcript.SendAsync("1");

        var replies = await transcript.SendAsync(reason);

        AssertHandedOff(transcript, replies, locale, HandoffReasons.Escalation, K.HandoffInHours, "15:00");
        Assert.Contains("legal", transcript.Response.EscalationReasons!.Split(','));
        Assert.Equal((transcript.Response.EscalationReasons, CasePriority.Urgent), (transcript.Case!.EscalationReasons, transcript.Case.Priority));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-ES")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("pt-BR")]
    [InlineData("nl-NL")]
    public async Task Two_failed_answers_in_a_row_hand_off(string locale)
    {
        var transcript = new RecoveryTranscript(locale);
        await transcript.ToThemeQuestionAsync();

        var retry = await transcript.SendAsync("banana");
        var replies = await transcript.SendAsync("banana");

        Assert.StartsWith(RecoveryTranscript.WordingFor(locale).Entry(K.ThemeConfirmUnrecognized).Variants[0], retry[0].Text, StringComparison.Ordinal);
        AssertHandedOff(transcript, replies, locale, HandoffReasons.FailedAnswers, K.HandoffInHours, "15:00");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-ES")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("pt-BR")]
    [InlineData("nl-NL")]
    public async Task A_detractor_accepting_a_callback_is_handed_off(string locale)
    {
        var transcript = new RecoveryTranscript(locale, theme: "delivery");
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync("1");

        var replies = await transcript.SendAsync("3");

        AssertHandedOff(transcript, replies, locale, HandoffReasons.CallbackAccepted, K.HandoffInHours, "15:00");
        Assert.Equal(("callback", true), (transcript.Response.Remedy, transcript.Response.WantsContact));
    }

    [Theory]
    [InlineData("en-US", "Talk to a person")]
    [InlineData("es-ES", "Hablar con una persona")]
    [InlineData("fr-FR", "Parler à une personne")]
    [InlineData("pt-BR", "Falar com uma pessoa")]
    public async Task Clicking_the_callback_button_whose_title_reads_as_asking_for_a_person_is_the_callback(string locale, string title)
    {
        var transcript = new RecoveryTranscript(locale, theme: "delivery");
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync("1");

        var replies = await transcript.SendAsync(title);

        AssertHandedOff(transcript, replies, locale, HandoffReasons.CallbackAccepted, K.HandoffInHours, "15:00");
        Assert.Equal("callback", transcript.Case!.Remedy);
    }

    [Theory]
    [InlineData("en-US", "Monday 10:00")]
    [InlineData("es-ES", "lunes 10:00")]
    [InlineData("fr-FR", "lundi 10:00")]
    [InlineData("de-DE", "Montag 10:00")]
    [InlineData("pt-BR", "segunda-feira 10:00")]
    [InlineData("nl-NL", "maandag 10:00")]
    public async Task Outside_business_hours_the_customer_is_told_the_next_business_time(string locale, string deadline)
    {
        var transcript = new RecoveryTranscript(locale, start: Times.SaturdayMorning);
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync("1");

        var replies = await transcript.SendAsync("3");

        AssertHandedOff(transcript, replies, locale, HandoffReasons.CallbackAccepted, K.HandoffOutOfHours, deadline);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), transcript.Case!.FirstContactDue);
    }

    [Fact]
    public async Task Asking_for_a_person_before_giving_a_score_opens_a_case_too()
    {
        var transcript = new RecoveryTranscript();
        await transcript.JoinAsync();

        var replies = await transcript.SendAsync("I want to talk to a person");

        AssertHandedOff(transcript, replies, "en-US", HandoffReasons.Asked, K.HandoffInHours, "15:00");
        Assert.Null(transcript.Response.Score);
        Assert.Equal(CasePriority.High, transcript.Case!.Priority);
    }

    private static void AssertHandedOff(RecoveryTranscript transcript, IReadOnlyList<Conversations.Activities.Activity> replies, string locale, string reason, string key, string deadline)
    {
        var expected = TemplateText.Format(RecoveryTranscript.WordingFor(locale).Entry(key).Variants[0], new Dictionary<string, string> { ["deadline"] = deadline });
        Assert.Equal(expected, Assert.Single(replies).Text);
        Assert.Equal(ConversationModes.Agent, transcript.State.Mode);
        Assert.Equal((reason, true), (transcript.Response.HandoffReason, transcript.Response.WantsContact));
        var supportCase = transcript.Case!;
        Assert.Equal((CaseStatus.Open, reason, transcript.Response.CaseKey), (supportCase.Status, supportCase.HandoffReason, supportCase.CaseKey));
        Assert.Contains(transcript.Events, e => e.Kind == CaseEventKinds.HandedOff && e.Detail == reason);
        Assert.Contains(transcript.Work, w => w.Kind == "case.sla-check" && w.DueAt == supportCase.FirstContactDue);
        Assert.Contains(transcript.Work, w => w.Kind == "case.sla-check" && w.DueAt == supportCase.ResolutionDue);

        // While a person holds the conversation the bot says nothing.
        Assert.Empty(transcript.SendAsync("hello? is anyone there?").GetAwaiter().GetResult());
    }
}
