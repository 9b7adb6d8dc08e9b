using System.Globalization;
using System.Text.RegularExpressions;
using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Interruptions;

/// <summary>
/// The offline default intent detector: English and Spanish keywords for stop, change of score, help and asking for a human.
/// Stop and help must be the whole message, and a change of score must end with the new score, so a reason that merely
/// contains "stop" or a number is not mistaken for a command.
/// </summary>
public sealed partial class KeywordIntentDetector : IIntentDetector
{
    private static readonly HashSet<string> StopWords =
    [
        "stop", "quit", "cancel", "unsubscribe", "end", "exit", "stop it", "stop the survey", "i want to stop",
        "para", "parar", "detener", "cancelar", "salir", "basta", "no quiero seguir", "dejalo",
    ];

    private static readonly HashSet<string> HelpWords = ["help", "what is this", "whats this", "ayuda", "que es esto"];

    public IntentResult Detect(string text, string? locale)
    {
        var normalized = Courtesy().Replace(TextNormalizer.Normalize(text), string.Empty).Trim();
        if (StopWords.Contains(normalized))
        {
            return new IntentResult([Intent.Stop]);
        }

        if (ChangeScore().Match(normalized) is { Success: true } change
            && (change.Groups["cue"].Success || change.Groups["verb"].Success)
            && int.TryParse(change.Groups["score"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            && score <= 10)
        {
            return new IntentResult([Intent.ChangeScore], score);
        }

        if (HelpWords.Contains(normalized))
        {
            return new IntentResult([Intent.Help]);
        }

        return Human().IsMatch(normalized) ? new IntentResult([Intent.Human]) : IntentResult.Nothing;
    }

    [GeneratedRegex(@"^(please |por favor )|( please| por favor)$")]
    private static partial Regex Courtesy();

    // "actually make it a 7", "change my score to 7", "i meant 7", "en realidad ponle un 7", "cambia mi puntuacion a 7", "mejor un 7".
    [GeneratedRegex(@"^((?<cue>actually|sorry|oops|wait|no|en realidad|perdon|mejor|bueno)\s*)?((?<verb>make it|make that|change it to|change that to|change (my|the) (score|rating|answer|vote) to|update (my|the) (score|rating) to|i meant|it'?s|ponle|pon|ponlo|cambialo a|cambia(r)? (mi|la) (puntuacion|nota|respuesta|calificacion) a|quise decir|quiero decir)\s*)?(a |an |un |una |el )?(?<score>\d{1,2})$")]
    private static partial Regex ChangeScore();

    [GeneratedRegex(@"\b(talk|speak|chat) (to|with) (a |an |someone|somebody|human|person|agent|real)|\b(real person|human being|hablar con (una persona|un agente|alguien|un humano))\b")]
    private static partial Regex Human();
}
