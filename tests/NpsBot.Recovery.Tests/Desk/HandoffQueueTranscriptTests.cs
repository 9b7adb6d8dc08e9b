using NpsBot.Conversations.Definitions;
using NpsBot.Recovery.Desk;
using NpsBot.Recovery.Tests.Support;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Recovery.Tests.Desk;

/// <summary>
/// At a handoff in business hours the customer hears their true place in the queue (and the deadline), up to
/// <see cref="RecoveryDesk.TellPlaceUpTo"/>; behind a longer queue and outside business hours, only the deadline.
/// </summary>
public sealed class HandoffQueueTranscriptTests
{
    [Theory]
    [InlineData("en-US", "I want to talk to a person")]
    [InlineData("es-ES", "quiero hablar con una persona")]
    [InlineData("fr-FR", "je veux parler à une personne")]
    [InlineData("de-DE", "ich möchte mit einem Mitarbeiter sprechen")]
    [InlineData("pt-BR", "quero falar com uma pessoa")]
    [InlineData("nl-NL", "ik wil graag spreken met een medewerker")]
    public async Task In_business_hours_the_customer_is_told_their_position_behind_the_customers_waiting_ahead(string locale, string askForPerson)
    {
        var transcript = new RecoveryTranscript(locale, stores: new RecoveryStores { Queue = new FixedWaitingLine(2) });
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync(askForPerson);

        var expected = TemplateText.Format(
            RecoveryTranscript.WordingFor(locale).Entry(K.HandoffInHoursQueue).Variants[0],
            new Dictionary<string, string> { ["position"] = "3", ["deadline"] = "15:00" });
        Assert.Equal(expected, Assert.Single(replies).Text);
        Assert.Contains("3", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecoveryDesk.TellPlaceUpTo - 1, "50")]
    [InlineData(RecoveryDesk.TellPlaceUpTo, null)]
    [InlineData(4_000, null)]
    public async Task Behind_a_long_queue_the_deadline_is_said_without_a_place(int ahead, string? place)
    {
        var transcript = new RecoveryTranscript("en-US", stores: new RecoveryStores { Queue = new FixedWaitingLine(ahead) });
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync("I want to talk to a person");

        var wording = RecoveryTranscript.WordingFor("en-US");
        var expected = place is null
            ? TemplateText.Format(wording.Entry(K.HandoffInHours).Variants[0], new Dictionary<string, string> { ["deadline"] = "15:00" })
            : TemplateText.Format(wording.Entry(K.HandoffInHoursQueue).Variants[0], new Dictionary<string, string> { ["position"] = place, ["deadline"] = "15:00" });
        Assert.Equal(expected, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("en-US", "I want to talk to a person")]
    [InlineData("de-DE", "ich möchte mit einem Mitarbeiter sprechen")]
    public async Task Outside_business_hours_the_deadline_is_said_and_no_queue_position(string locale, string askForPerson)
    {
        var transcript = new RecoveryTranscript(locale, start: Times.SaturdayMorning, stores: new RecoveryStores { Queue = new FixedWaitingLine(2) });
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync(askForPerson);

        var words = RecoveryTranscript.WordingFor(locale);
        var text = Assert.Single(replies).Text!;
        Assert.StartsWith(words.Entry(K.HandoffOutOfHours).Variants[0][..20], text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 3 ", text, StringComparison.Ordinal);
    }
}
