using Microsoft.SemanticKernel;
using YamlDotNet.Serialization;

namespace NpsBot.Language.Prompts;

/// <summary>
/// Loads Semantic Kernel prompt templates from prompts/*.yaml (or the copies shipped inside this assembly) through
/// YamlDotNet → JSON → PromptTemplateConfig.FromJson, and fails fast when a needed input variable is not declared.
/// </summary>
public sealed class PromptLibrary(string? directory = null)
{
    public const string ClassifyTheme = "classify-theme";

    public const string HandoffSummary = "handoff-summary";

    public const string SuggestReply = "suggest-reply";

    public PromptTemplateConfig Load(string name, params string[] requiredVariables)
    {
        ArgumentNullException.ThrowIfNull(name);
        var file = directory is null ? null : Path.Combine(directory, name + ".yaml");
        var yaml = file is not null && File.Exists(file) ? File.ReadAllText(file) : EmbeddedResources.ReadText(name + ".yaml");
        var config = Parse(yaml);
        foreach (var variable in requiredVariables)
        {
            var declared = config.InputVariables.FirstOrDefault(v => v.Name == variable)
                ?? throw new InvalidDataException($"Prompt {name} does not declare the input variable '{variable}'.");
            if (declared.AllowDangerouslySetContent)
            {
                throw new InvalidDataException($"Prompt {name} must not allow dangerously set content in '{variable}'.");
            }
        }

        return config;
    }

    public static PromptTemplateConfig Parse(string yaml)
    {
        // Without WithAttemptingUnquotedStringTypeDeserialization every scalar becomes a JSON string and FromJson rejects is_required.
        var document = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(new StringReader(yaml));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(document);
        return PromptTemplateConfig.FromJson(json);
    }
}
