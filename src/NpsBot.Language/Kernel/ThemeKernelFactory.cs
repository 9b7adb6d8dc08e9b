using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel;
using OpenAI;

namespace NpsBot.Language.Kernel;

/// <summary>Builds the Semantic Kernel <see cref="Microsoft.SemanticKernel.Kernel"/> that talks to the configured OpenAI-compatible endpoint.</summary>
public static class ThemeKernelFactory
{
    public static Microsoft.SemanticKernel.Kernel Create(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("No language model endpoint is configured.");
        }

        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),

            // No retries: a 429 or a 500 goes straight to the offline classifier, inside the time budget.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout + options.Timeout,
        };

        // The OpenAI client refuses an empty key; local servers accept any.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        if (options.UseApiKeyHeader)
        {
            clientOptions.AddPolicy(new ApiKeyHeaderPolicy(key), PipelinePosition.PerCall);
        }

        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model!, client);
        return builder.Build();
    }
}
