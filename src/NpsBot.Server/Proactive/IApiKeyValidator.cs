namespace NpsBot.Server.Proactive;

/// <summary>
/// Decides whether an API key presented to the REST API is one an administrator issued. A seam: the dashboard's API keys
/// (issued and revoked in the console) replace <see cref="ConfiguredApiKeyValidator"/> when they are merged.
/// </summary>
public interface IApiKeyValidator
{
    Task<bool> IsValidAsync(string presentedKey, CancellationToken cancellationToken);
}
