using NpsBot.Conversations.Dialogs;

namespace NpsBot.Surveys.Survey;

/// <summary>What the survey reads from an answer: redacted text, the theme model's guess, sentiment and escalation cues.</summary>
public sealed partial class NpsSurveyDialog
{
    /// <summary>
    /// Adds the answer's sentiment and escalation reasons (and, for the reason, the theme guess) to the progress; true
    /// when an escalation cue calls for a person.
    /// </summary>
    private async Task<bool> UnderstandAsync(DialogContext dc, string redacted, bool classify, CancellationToken cancellationToken)
    {
        var progress = Progress(dc);
        if (classify && _services.Themes is { } themes)
        {
            var theme = await themes.ClassifyAsync(redacted, progress.Locale, cancellationToken);
            progress = progress with
            {
                ThemeGuess = theme.Theme, ThemeConfidence = theme.Confidence, ThemeRunnerUp = theme.SecondaryTheme,
                ThemeGuessSource = theme.Source, ThemeModelVersion = theme.ModelVersion, ThemeEvidence = theme.Evidence,
            };
        }

        var feeling = _services.Sentiment?.Analyze(redacted, progress.Locale);
        if (feeling is not null)
        {
            progress = progress with
            {
                Sentiment = progress.Sentiment is { } earlier ? Math.Min(earlier, feeling.Sentiment) : feeling.Sentiment,
                SentimentTrail = [.. progress.SentimentTrail, feeling.Sentiment],
                EscalationReasons = [.. progress.EscalationReasons.Union(feeling.Reasons)],
            };
        }

        Save(dc, progress);
        return feeling is { Escalate: true };
    }

    private string? Redacted(string? text) => text is null ? null : _services.Redactor.Redact(text);

    private static string? FirstName(SurveyProgress progress) =>
        CustomerName.FirstNameOf(new Conversations.Activities.ChannelAccount { Id = progress.CustomerId ?? string.Empty, Name = progress.CustomerName });

    /// <summary>A message that names the customer when a real first name is known (see <see cref="NamedLine"/>).</summary>
    private Conversations.Activities.Activity PersonalMessage(DialogContext dc, string key)
    {
        var message = Words(dc).Message(key, Args(("name", NamedLine.Argument(FirstName(Progress(dc))))));
        return message with { Text = NamedLine.Finish(message.Text ?? string.Empty) };
    }
}
