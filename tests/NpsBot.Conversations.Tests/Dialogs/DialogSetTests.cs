using NpsBot.Conversations.Dialogs;

namespace NpsBot.Conversations.Tests.Dialogs;

public sealed class DialogSetTests
{
    [Fact]
    public void Two_dialogs_with_the_same_id_are_refused()
    {
        var set = new DialogSet().Add(new RecordingDialog("same", []));

        var error = Assert.Throws<InvalidOperationException>(() => set.Add(new RecordingDialog("same", [])));

        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dialog_is_found_by_its_id()
    {
        var dialog = new RecordingDialog("known", []);
        var set = new DialogSet().Add(dialog);

        var found = set.Find("known");

        Assert.Same(dialog, found);
        Assert.Null(set.Find("unknown"));
    }
}
