using System.Text.Json;
using System.Text.Json.Nodes;
using NpsBot.Conversations.Dialogs;
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
