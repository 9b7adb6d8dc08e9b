using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

public sealed class StoredStateJsonTests
{
    private static readonly string Key = ConversationKeys.For(KeySpaces.BotFramework, "webchat", "conv-42");

    private static ConversationReference WebChatReference() => new()
    {
        ChannelId = "webchat",
        ServiceUrl = "https://bot.example/",
        Conversation = new ConversationAccount { Id = "conv-42" },
        User = new ChannelAccount { Id = "user-1", Name = "Ana", Role = "user" },
        Bot = new ChannelAccount { Id = "bot-7", Name = "NpsBot", Role = "bot" },
        Locale = "pt-BR",
    };

    [Fact]
    public void A_survey_at_rest_leaves_out_what_its_key_says_and_members_at_their_initial_value_issue_13()
    {
        var state = new ConversationState { Started = true, Reference = WebChatReference() };

        var json = StoredStateJson.Serialize(state, Key);

        Assert.DoesNotContain("conv-42", json, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat", json, StringComparison.Ordinal);
        Assert.DoesNotContain("dialogs", json, StringComparison.Ordinal);
        Assert.DoesNotContain("values", json, StringComparison.Ordinal);
        Assert.DoesNotContain("mode", json, StringComparison.Ordinal);
        Assert.True(json.Length < JsonSerializer.Serialize(state, DialogJson.Options).Length - 80, json);
    }

    [Fact]
    public void What_was_left_out_reads_back_as_it_was_issue_13()
    {
        var state = new ConversationState { Started = true, Reference = WebChatReference() };

        var read = StoredStateJson.Deserialize(StoredStateJson.Serialize(state, Key), Key);

        Assert.Equal(WebChatReference(), read.Reference);
        Assert.Empty(read.Dialogs.DialogStack);
        Assert.Empty(read.Values);
        Assert.Equal(ConversationModes.Bot, read.Mode);
        Assert.True(read.Started);
    }

    [Fact]
    public void A_dialog_values_and_an_agents_mode_are_kept_issue_13()
    {
        var state = new ConversationState { Mode = ConversationModes.Agent, Reference = WebChatReference() };
        state.Values["locale"] = JsonSerializer.SerializeToElement("pt-BR");
        state.Dialogs.DialogStack.Add(new DialogInstance { Id = "nps" });

        var read = StoredStateJson.Deserialize(StoredStateJson.Serialize(state, Key), Key);

        Assert.Equal(ConversationModes.Agent, read.Mode);
        Assert.Equal("pt-BR", read.Values["locale"].GetString());
        Assert.Equal("nps", Assert.Single(read.Dialogs.DialogStack).Id);
    }

    [Fact]
    public void A_conversation_with_more_than_its_id_and_a_reference_of_another_conversation_are_kept_whole_issue_13()
    {
        var teams = WebChatReference() with
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:1", TenantId = "tenant-1", ConversationType = "personal" },
        };
        var teamsKey = ConversationKeys.For(KeySpaces.BotFramework, "msteams", "a:1");
        var other = WebChatReference() with { Conversation = new ConversationAccount { Id = "conv-43" } };

        var teamsJson = StoredStateJson.Serialize(new ConversationState { Reference = teams }, teamsKey);
        var otherJson = StoredStateJson.Serialize(new ConversationState { Reference = other }, Key);

        Assert.Contains("tenant-1", teamsJson, StringComparison.Ordinal);
        Assert.Equal(teams, StoredStateJson.Deserialize(teamsJson, teamsKey).Reference);
        Assert.Contains("conv-43", otherJson, StringComparison.Ordinal);
        Assert.Equal(other, StoredStateJson.Deserialize(otherJson, Key).Reference);
    }

    [Fact]
    public void A_state_stored_in_full_by_an_earlier_version_reads_as_it_was_issue_13()
    {
        var state = new ConversationState { Started = true, Reference = WebChatReference() };
        var full = JsonSerializer.Serialize(state, DialogJson.Options);

        var read = StoredStateJson.Deserialize(full, Key);

        Assert.Equal(WebChatReference(), read.Reference);
        Assert.Equal(full, JsonSerializer.Serialize(read, DialogJson.Options));
    }

    [Fact]
    public void The_usual_roles_and_the_conversations_locale_are_left_out_and_read_back_issue_13()
    {
        var state = new ConversationState { Started = true, Reference = WebChatReference() };
        state.Values["locale"] = JsonSerializer.SerializeToElement("pt-BR");

        var json = StoredStateJson.Serialize(state, Key);
        var read = StoredStateJson.Deserialize(json, Key);

        Assert.DoesNotContain("role", json, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "pt-BR"));
        Assert.Equal(WebChatReference(), read.Reference);
    }

    [Fact]
    public void Roles_and_a_locale_the_channel_did_not_send_or_sent_otherwise_read_back_as_they_were_issue_13()
    {
        var state = new ConversationState { Started = true };
        state.Values["locale"] = JsonSerializer.SerializeToElement("pt-BR");
        foreach (var reference in new[]
        {
            WebChatReference() with { User = new ChannelAccount { Id = "user-1" }, Bot = new ChannelAccount { Id = "bot-7" }, Locale = null },
            WebChatReference() with { User = new ChannelAccount { Id = "user-1", Role = "skill" }, Locale = "fr-FR" },
            WebChatReference() with { User = null, Bot = null },
        })
        {
            state.Reference = reference;

            var read = StoredStateJson.Deserialize(StoredStateJson.Serialize(state, Key), Key);

            Assert.Equal(reference, read.Reference);
        }
    }
}
