namespace NpsBot.Language.Kernel;

/// <summary>
/// An OpenAI-compatible chat completions endpoint (OpenAI, Azure OpenAI's /openai/v1, Ollama, llama.cpp, vLLM). The endpoint
/// ends in /v1. Left empty, the offline models answer everything.
/// </summary>
public sealed record LlmOptions
{
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Sends the key as an "api-key" header as well (Azure OpenAI key authentication).</summary>
    public bool UseApiKeyHeader { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
