using System.Text.Json;
using System.Text.Json.Nodes;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Dialogs;

/// <summary>A dialog instance saved with the values set during the turn written straight in, in the shape saved states have.</summary>
public sealed class DialogInstanceJsonTests
{
    private sealed record Progress(int Step, string Theme);

    private static string Saved(DialogInstance instance) =>
        JsonSerializer.Serialize(new ConversationState { Dialogs = new DialogState { DialogStack = [instance] } }, DialogJson.Options);

    private static DialogInstance Loaded(string json) =>
        JsonSerializer.Deserialize<ConversationState>(json, DialogJson.Options)!.Dialogs.DialogStack.Single();

    [Fact]
    public void A_value_set_during_the_turn_is_saved_once_with_its_new_value_beside_the_stored_ones()
    {
        var first = new DialogInstance { Id = "survey" };
        first.Set("progress", new Progress(1, "delivery"));
        first.Set("attempts", 2);
        var loaded = Loaded(Saved(first));

        loaded.Set("progress", new Progress(2, "price"));
        var json = Saved(loaded);

        var state = JsonNode.Parse(json)!["dialogs"]!["dialogStack"]![0]!;
        Assert.Equal("survey", (string?)state["id"]);
        Assert.Equal(2, (int?)state["state"]!["attempts"]);
        Assert.Equal(2, (int?)state["state"]!["progress"]!["step"]);
        Assert.Single((JsonObject)state["state"]!, p => p.Key == "progress");
        Assert.Equal(new Progress(2, "price"), Loaded(json).Get<Progress>("progress"));
    }

    [Fact]
    public void State_saved_before_this_writer_reads_back_and_saves_the_same()
    {
        const string Stored = """{"dialogs":{"dialogStack":[{"id":"waterfall","state":{"stepIndex":1,"values":{"a":"x"},"options":null}}]},"values":{},"mode":"bot","started":true}""";

        var instance = Loaded(Stored);

        Assert.Equal(1, instance.Get<int>("stepIndex"));
        Assert.Equal("x", (string?)instance.State["values"]!["a"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Stored)!["dialogs"], JsonNode.Parse(Saved(instance))!["dialogs"]));
    }

    // Issue 13: a prompt's imBack buttons are kept in state by their titles; every other button whole.
    [Fact]
    public void A_prompts_titled_imBack_buttons_are_saved_by_title_and_read_back_as_the_same_buttons()
    {
        var other = new CardAction { Type = ActionTypes.ImBack, Title = "Ten", Value = JsonSerializer.SerializeToElement("10") };
        var link = new CardAction { Type = ActionTypes.OpenUrl, Title = "Review us", Value = JsonSerializer.SerializeToElement("https://example.com/review") };
        var instance = new DialogInstance { Id = "prompt" };
        instance.Set("options", new PromptOptions { Prompt = Asking([CardAction.ImBack("0"), CardAction.ImBack("10"), other, link]), MaxAttempts = 2 });

        var json = Saved(instance);

        var actions = JsonNode.Parse(json)!["dialogs"]!["dialogStack"]![0]!["state"]!["options"]!["prompt"]!["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["0", "10"], actions.Take(2).Select(a => a!.GetValue<string>()));
        Assert.Equal(("imBack", "Ten", "10"), ((string?)actions[2]!["type"], (string?)actions[2]!["title"], (string?)actions[2]!["value"]));
        Assert.Equal(("openUrl", "https://example.com/review"), ((string?)actions[3]!["type"], (string?)actions[3]!["value"]));
        Assert.Equal(
            [("imBack", "0", "0"), ("imBack", "10", "10"), ("imBack", "Ten", "10"), ("openUrl", "Review us", "https://example.com/review")],
            Buttons(Loaded(json).Get<PromptOptions>("options")!));
    }

    [Fact]
    public void A_prompt_saved_with_whole_buttons_before_reads_back_the_same_buttons()
    {
        const string Stored = """{"dialogs":{"dialogStack":[{"id":"prompt","state":{"options":{"prompt":{"type":"message","text":"Score?","suggestedActions":{"actions":[{"type":"imBack","title":"0","value":"0"},{"type":"imBack","title":"10","value":"10"}]}},"maxAttempts":2}}}]},"values":{},"mode":"bot","started":true}""";

        var options = Loaded(Stored).Get<PromptOptions>("options")!;

        Assert.Equal([("imBack", "0", "0"), ("imBack", "10", "10")], Buttons(options));
        Assert.Equal(2, options.MaxAttempts);
    }

    private static Activity Asking(IReadOnlyList<CardAction> buttons) =>
        new() { Type = ActivityTypes.Message, Text = "Score?", SuggestedActions = new SuggestedActions { Actions = buttons } };

    private static List<(string, string?, string?)> Buttons(PromptOptions options) =>
        [.. options.Prompt!.SuggestedActions!.Actions.Select(a => (a.Type, a.Title, a.Value?.GetString()))];

    [Fact]
    public void Text_is_saved_as_it_is_with_only_quotes_backslashes_and_control_characters_escaped()
    {
        const string Reason = "Qu'est-ce qui ferait un 10 ? Très déçu, 配達が遅い <b>&</b> \"vraiment\" \\ \n";
        var instance = new DialogInstance { Id = "survey" };
        instance.Set("progress", new Progress(1, Reason));

        var json = Saved(instance);

        Assert.Contains("""Qu'est-ce qui ferait un 10 ? Très déçu, 配達が遅い <b>&</b> \"vraiment\" \\ \n""", json, StringComparison.Ordinal);
        Assert.Equal(new Progress(1, Reason), Loaded(json).Get<Progress>("progress"));
    }

    [Fact]
    public void A_null_value_is_saved_as_null()
    {
        var instance = new DialogInstance { Id = "prompt" };
        instance.Set<Progress?>("progress", null);

        var state = JsonNode.Parse(Saved(instance))!["dialogs"]!["dialogStack"]![0]!["state"]!.AsObject();

        Assert.True(state.ContainsKey("progress"));
        Assert.Null(state["progress"]);
    }

    [Fact]
    public void A_dialog_instance_without_an_id_is_refused()
    {
        Assert.Throws<JsonException>(() => Loaded("""{"dialogs":{"dialogStack":[{"state":{}}]}}"""));
    }
}
