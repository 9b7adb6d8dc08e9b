using YamlDotNet.RepresentationModel;
using static NpsBot.Conversations.Definitions.YamlReading;

namespace NpsBot.Conversations.Definitions;

/// <summary>Reads a survey definition file such as <c>nps-survey.yaml</c> into a <see cref="SurveyDefinition"/>.</summary>
internal static class SurveyFileReader
{
    public static SurveyDefinition Read(string directory, string file)
    {
        var root = ReadMapping(directory, file);
        var locales = Strings(Required(root, "locales", file), file, "locales").Select(l => l.ToLowerInvariant()).ToList();
        var defaultLocale = Scalar(Required(root, "defaultLocale", file), file, "defaultLocale").ToLowerInvariant();
        if (!locales.Contains(defaultLocale))
        {
            throw new DefinitionException(file, "defaultLocale", $"'{defaultLocale}' is not one of the locales ({string.Join(", ", locales)})");
        }

        var attempts = Mapping(Required(root, "maxAttempts", file), file, "maxAttempts");
        var review = Mapping(Required(root, "review", file), file, "review");
        var followUps = Mapping(Required(root, "followUps", file), file, "followUps");
        return new SurveyDefinition
        {
            Id = Scalar(Required(root, "id", file), file, "id"),
            DefaultLocale = defaultLocale,
            Locales = locales,
            Company = Scalar(Required(root, "company", file), file, "company"),
            MaxAttempts = new RetryLimits(
                PositiveInt(Required(attempts, "score", file, "maxAttempts"), file, "maxAttempts.score"),
                PositiveInt(Required(attempts, "text", file, "maxAttempts"), file, "maxAttempts.text"),
                PositiveInt(Required(attempts, "confirm", file, "maxAttempts"), file, "maxAttempts.confirm")),
            Review = new ReviewLink(
                Scalar(Required(review, "configurationKey", file, "review"), file, "review.configurationKey"),
                Scalar(Required(review, "defaultUrl", file, "review"), file, "review.defaultUrl")),
            FollowUps = ReadRules(Required(followUps, "rules", file, "followUps"), file),
            DefaultFollowUpKey = Scalar(Required(followUps, "default", file, "followUps"), file, "followUps.default"),
        };
    }

    private static List<FollowUpRule> ReadRules(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode rules)
        {
            throw new DefinitionException(file, "followUps.rules", "expected a list of rules");
        }

        return [.. rules.Children.Select(ruleNode =>
        {
            var rule = Mapping(ruleNode, file, "followUps.rules");
            var concern = Scalar(Required(rule, "concern", file, "followUps.rules"), file, "followUps.rules.concern");
            var key = $"followUps.rules[{concern}]";
            var keywords = Mapping(Required(rule, "keywords", file, key), file, $"{key}.keywords").Children
                .ToDictionary(
                    pair => Scalar(pair.Key, file, $"{key}.keywords").ToLowerInvariant(),
                    pair => Strings(pair.Value, file, $"{key}.keywords"));
            return new FollowUpRule(concern, Scalar(Required(rule, "question", file, key), file, $"{key}.question"), keywords);
        })];
    }
}
