using System.Text.RegularExpressions;
using NpsBot.Conversations.Definitions;
using NpsBot.Surveys.Survey;

namespace NpsBot.Testing.Bots;

/// <summary>
/// What the real survey says, read from the English wording in dialogs/ (copied next to the tests, as next to the
/// server), so tests follow the wording file instead of repeating its sentences.
/// </summary>
public static partial class SurveyExpectations
{
    private static readonly Lazy<SurveyDefinitions> Loaded =
        new(() => NpsSurveyDefinitions.Load(Path.Combine(AppContext.BaseDirectory, new SurveyOptions().DialogsDirectory)));

    public static SurveyDefinitions Definitions => Loaded.Value;

    /// <summary>The wording of the locale the browser tests run in.</summary>
    public static LocaleWording Wording => Definitions.Wording.For("en");

    /// <summary>The buttons of the 0–10 question, in order (the scripted test bot offers the same ones).</summary>
    public static IReadOnlyList<string> ScoreButtons => Wording.Entry(SurveyKeys.AskScore).Buttons;

    /// <summary>Where promoters are invited to review when the host configures no Survey:ReviewUrl.</summary>
    public static string ReviewUrl => Definitions.Survey.Review.DefaultUrl;

    /// <summary>The wording key of the detractor's sharper question about <paramref name="concern"/> ("delivery", "price"…).</summary>
    public static string FollowUpKey(string concern) => Definitions.Survey.FollowUps.Single(rule => rule.Concern == concern).QuestionKey;

    /// <summary>The single text of <paramref name="key"/> with {company} and <paramref name="args"/> filled.</summary>
    public static string Text(string key, params (string Name, string Value)[] args) => Wording.Entry(key).Variants is [var only]
        ? TemplateText.Format(only, Arguments(args))
        : throw new ArgumentException($"'{key}' has several variants: use Said.", nameof(key));

    /// <summary>
    /// The whole of a message saying <paramref name="key"/>, in any of its variants: {company} and <paramref name="args"/>
    /// are filled, any other placeholder matches any text. Straight quotes also match typographic ones, a filled value may
    /// sit between zero-width spaces and surrounding white space is allowed: Web Chat renders bot text as Markdown
    /// ("That's" is shown as "That’s") and puts zero-width spaces around the links it makes.
    /// </summary>
    public static Regex Said(string key, params (string Name, string Value)[] args) => SaidIn(Wording.Locale, key, args);

    /// <summary>As <see cref="Said"/>, in the wording of <paramref name="locale"/> ("es-ES" reads es.yaml).</summary>
    public static Regex SaidIn(string locale, string key, params (string Name, string Value)[] args)
    {
        var known = Arguments(args);

        // ", {name}" is dropped with its comma when the customer has no real first name, so unless a name is given it is optional.
        var variants = Definitions.Wording.For(locale).Entry(key).Variants
            .Select(variant => known.ContainsKey("name") ? variant : variant.Replace(", {name}", "{optional-name}", StringComparison.Ordinal))
            .Select(variant => string.Concat(Placeholder().Split(variant).Select((part, i) =>
                i % 2 == 0 ? Literal(part)
                : known.TryGetValue(part, out var value) ? $@"\u200B?{Literal(value)}\u200B?"
                : part == "optional-name" ? "(?:, .+?)?" : ".+?")));
        return new Regex($@"^\s*(?:{string.Join('|', variants)})\s*$");
    }

    private static string Literal(string text) =>
        Regex.Escape(text).Replace("'", "['‘’]", StringComparison.Ordinal).Replace("\"", "[\"“”]", StringComparison.Ordinal);

    private static Dictionary<string, string> Arguments((string Name, string Value)[] args)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { ["company"] = Definitions.Survey.Company };
        foreach (var (name, value) in args)
        {
            all[name] = value;
        }

        return all;
    }

    // The capture makes Split return the placeholder names at the odd indexes.
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Placeholder();
}
