using Bunit;
using NpsBot.Console.Inbox;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Tests.Inbox;

public sealed class ResolveFormTests : ConsoleTestContext
{
    private static readonly string[] RootCauses = ["Late delivery", "Billing error"];

    [Fact]
    public void An_empty_form_is_not_sent_and_says_what_is_missing()
    {
        Resolution? sent = null;
        var form = Render<ResolveForm>(p => p.Add(f => f.RootCauses, RootCauses).Add(f => f.OnResolve, (Resolution r) => sent = r));

        form.Find("form").Submit();

        Assert.Null(sent);
        var problems = form.FindAll(".form-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Choose an outcome.", "Choose a root cause.", "Say what was done."], problems);
    }

    [Fact]
    public void Other_root_cause_needs_its_text()
    {
        Resolution? sent = null;
        var form = Render<ResolveForm>(p => p.Add(f => f.RootCauses, RootCauses).Add(f => f.OnResolve, (Resolution r) => sent = r));
        form.Instance.Model.Outcome = ResolveModel.Resolved;
        form.Instance.Model.RootCause = ResolveModel.OtherRootCause;
        form.Instance.Model.ActionTaken = "Called the carrier";

        form.Find("form").Submit();

        Assert.Null(sent);
        Assert.Equal("Describe the root cause.", Assert.Single(form.FindAll(".form-problems li")).TextContent);
    }

    [Fact]
    public void A_complete_form_sends_the_resolution_with_the_configured_root_cause_and_the_remedy()
    {
        Resolution? sent = null;
        var form = Render<ResolveForm>(p => p
            .Add(f => f.RootCauses, RootCauses)
            .Add(f => f.Remedies, [new RemedyChoice("replacement", "Send a replacement", true)])
            .Add(f => f.OnResolve, (Resolution r) => sent = r));

        // The root cause list comes from configuration: each is a radio button with its label.
        var rootCauses = form.FindAll("fieldset")[1];
        Assert.Equal(RootCauses.Length + 1, rootCauses.QuerySelectorAll("input[type=radio]").Length);
        Assert.Contains("Late delivery", rootCauses.TextContent, StringComparison.Ordinal);
        form.Instance.Model.Outcome = ResolveModel.Resolved;
        form.Instance.Model.RootCause = "Late delivery";
        form.Find("#resolve-action").Input("Sent a replacement by express");
        form.Find("#resolve-remedy").Change("replacement");

        form.Find("form").Submit();

        Assert.Equal(new Resolution("resolved", "Late delivery", "Sent a replacement by express", "replacement"), sent);
        Assert.Empty(form.FindAll(".form-problems li"));
    }
}
