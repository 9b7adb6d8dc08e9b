namespace NpsBot.Recovery.Integrations;

/// <summary>What a REST API key may do: read everything, or also change what the API can change (webhooks).</summary>
public enum ApiKeyScope
{
    Read,
    ReadWrite,
}
