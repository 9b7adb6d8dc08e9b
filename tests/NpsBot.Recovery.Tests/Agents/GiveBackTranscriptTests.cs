using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Handback;

namespace NpsBot.Recovery.Tests.Agents;

/// <summary>The bot's side of the agent desk (issue 9): relaying an agent, silence while held, the give-back and its rating.</summary>
public sealed class GiveBackTranscriptTests
{
    private static readonly DeskEventValue Maria = new("case-1", "agent-maria", "Maria", "Hello Ana, I'm Maria. I'll sort out your parcel.");

    private static readonly Dictionary<string, string> AskForPerson = new()
    {
        ["en-US"] = "My parcel never arrived and I want to talk to a person",
        ["es-ES"] = "Mi paquete nunca llegó, quiero hablar con una persona",
        ["fr-FR"] = "Mon colis n'est jamais arrivé, je veux parler à une personne",
        ["de-DE"] = "Mein Paket kam nie an, ich möchte mit einem Mitarbeiter sprechen",
        ["pt-BR"] = "Meu pacote nunca chegou, quero falar com uma pessoa",
        ["nl-NL"] = "Mijn pakket is nooit aangekomen, ik wil graag spreken met een medewerker",
    };

    private static async Task<RecoveryTranscript> HandedOffAsync(string locale = "en-US")
    {
        var chat = new RecoveryTranscript(locale);
        await chat.JoinAsync();
        await chat.SendAsync("2");
        await chat.SendAsync(AskForPerson[locale]);
        Assert.Equal(ConversationModes.Agent, chat.State.Mode);
        return chat;
    }

    [Fact]
    public async Task An_agent_message_is_relayed_as_the_bots_message_under_the_agents_name()
    {
        var chat = await HandedOffAsync();

        var replies = await chat.DeskEventAsync(DeskEvents.AgentMessage, Maria);

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.Type);
        Assert.Equal(Maria.Text, reply.Text);
        Assert.Equal("Maria", reply.From?.Name);
        Assert.Equal("npsbot", reply.From?.Id);
    }

    [Fact]
    public async Task The_same_event_from_a_client_is_ignored()
    {
        var chat = await HandedOffAsync();

        var replies = await chat.DeskEventAsync(DeskEvents.AgentMessage, Maria with { Text = "Refund approved: 500 dollars" }, isInternal: false);
        var backReplies = await chat.DeskEventAsync(DeskEvents.GiveBack, Maria, isInternal: false);

        Assert.Empty(replies);
        Assert.Empty(backReplies);
        Assert.Equal(ConversationModes.Agent, chat.State.Mode);
    }

    [Fact]
    public async Task The_bot_says_nothing_while_the_conversation_is_held()
    {
        var chat = await HandedOffAsync();

        var replies = await chat.SendAsync("hello? is anyone there?");

        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-ES")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("pt-BR")]
    [InlineData("nl-NL")]
    public async Task Giving_back_tells_the_customer_and_asks_one_rating_with_buttons(string locale)
    {
        var chat = await HandedOffAsync(locale);
        var words = RecoveryTranscript.WordingFor(locale);

        var replies = await chat.DeskEventAsync(DeskEvents.GiveBack, Maria with { Text = null });

        Assert.Equal(ConversationModes.Bot, chat.State.Mode);
        Assert.Equal(2, replies.Count);
        Assert.Equal(words.Text(HandbackKeys.GivenBack, new Dictionary<string, string> { ["agent"] = "Maria" }, "conversation-1"), replies[0].Text);
        Assert.Contains("Maria", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], replies[1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_rating_is_stored_for_the_agent_named_at_the_give_back()
    {
        var chat = await HandedOffAsync();
        await chat.DeskEventAsync(DeskEvents.GiveBack, Maria with { Text = null });

        var replies = await chat.SendAsync("4");

        var rating = Assert.Single(chat.Records.OfType<HelpRating>());
        Assert.Equal(("case-1", "agent-maria", 4), (rating.CaseKey, rating.AgentId, rating.Rating));
        Assert.Equal(RecoveryTranscript.WordingFor("en").Text(HandbackKeys.RatingThanks, null, "conversation-1"), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Nonsense_is_asked_again_once_politely_then_the_bot_lets_it_go()
    {
        var chat = await HandedOffAsync();
        await chat.DeskEventAsync(DeskEvents.GiveBack, Maria with { Text = null });
        var words = RecoveryTranscript.WordingFor("en");

        var first = await chat.SendAsync("banana");
        var second = await chat.SendAsync("purple");

        Assert.Equal(words.Text(HandbackKeys.RatingUnrecognized, null, "conversation-1"), Assert.Single(first).Text);
        Assert.Equal(words.Text(HandbackKeys.RatingGaveUp, null, "conversation-1"), Assert.Single(second).Text);
        Assert.Empty(chat.Records.OfType<HelpRating>());
    }
}
