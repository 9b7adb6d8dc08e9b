using System.ClientModel.Primitives;

namespace NpsBot.Language.Kernel;

/// <summary>Adds the "api-key" header that Azure OpenAI's key authentication expects.</summary>
public sealed class ApiKeyHeaderPolicy(string apiKey) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.Set("api-key", apiKey);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.Set("api-key", apiKey);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
