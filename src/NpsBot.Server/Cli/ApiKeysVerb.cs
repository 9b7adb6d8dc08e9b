using NpsBot.Recovery.Integrations;
using NpsBot.Server.Api.Keys;

namespace NpsBot.Server.Cli;

/// <summary>
/// `api-keys add --name NAME --scope read|read-write` prints a new key once; `api-keys list` shows ids, names, scopes
/// and last use (never keys); `api-keys revoke KEY_ID` stops a key at once.
/// </summary>
public sealed class ApiKeysVerb(IApiKeys keys)
{
    public const string Name = "api-keys";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var action = args.Length > 1 ? args[1] : "list";
        switch (action)
        {
            case "add":
                var name = CommandLine.OptionOf(args, "--name");
                if (string.IsNullOrWhiteSpace(name))
                {
                    await error.WriteLineAsync("api-keys add needs --name NAME (who or what uses the key).");
                    return 2;
                }

                if (!ApiKeyScopes.TryParse(CommandLine.OptionOf(args, "--scope") ?? ApiKeyScopes.Read, out var scope))
                {
                    await error.WriteLineAsync("--scope must be read or read-write.");
                    return 2;
                }

                var created = await keys.CreateAsync(name, scope, cancellationToken);
                await output.WriteLineAsync(created.Key);
                await error.WriteLineAsync($"Key {created.Info.KeyId} ({ApiKeyScopes.Name(scope)}) created. This is the only time it is shown: only its hash is stored.");
                return 0;
            case "list":
                await output.WriteLineAsync("key id\tname\tscope\tcreated\tlast used\tstate");
                foreach (var key in await keys.ListAsync(cancellationToken))
                {
                    await output.WriteLineAsync(ApiKeyService.Describe(key));
                }

                return 0;
            case "revoke" when args.Length > 2:
                if (await keys.RevokeAsync(args[2], cancellationToken))
                {
                    await output.WriteLineAsync($"Key {args[2]} revoked.");
                    return 0;
                }

                await error.WriteLineAsync($"No key has id {args[2]}.");
                return 1;
            default:
                await error.WriteLineAsync("Usage: api-keys add --name NAME --scope read|read-write | api-keys list | api-keys revoke KEY_ID");
                return 2;
        }
    }
}
