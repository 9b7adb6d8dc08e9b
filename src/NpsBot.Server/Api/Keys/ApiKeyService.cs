using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Integrations;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Api.Keys;

/// <summary>
/// API keys <c>nps_{keyId}_{secret}</c>: 48 bits of public key id (finds the row) and 256 bits of secret; only the
/// SHA-256 of the whole key is stored, compared with <see cref="CryptographicOperations.FixedTimeEquals"/>. A key
/// has that much entropy, so a fast hash is enough (a password would need a slow one). Last use is written at most
/// once a minute per key.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock) : IApiKeys
{
    private const string Prefix = "nps_";
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiKey> CreateAsync(string name, ApiKeyScope scope, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 256)
        {
            throw new ArgumentException("A key needs a name of 1 to 256 characters.", nameof(name));
        }

        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Prefix}{keyId}_{secret}";
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new ApiKeyRecord { KeyId = keyId, Name = name.Trim(), Scope = ApiKeyScopes.Name(scope), Hash = Hash(key), CreatedAt = now };
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.ApiKeys.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(Info(row), key);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(Info)];
    }

    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await context.ApiKeys.Where(k => k.KeyId == keyId && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, now), cancellationToken);
        return changed > 0 || await context.ApiKeys.AnyAsync(k => k.KeyId == keyId, cancellationToken);
    }

    public async Task<ApiKeyInfo?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!TryKeyId(presentedKey, out var keyId))
        {
            return null;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId && k.RevokedAt == null, cancellationToken);
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        var stored = row is null ? new byte[32] : Convert.FromHexString(row.Hash);
        if (!CryptographicOperations.FixedTimeEquals(presented, stored) || row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (row.LastUsedAt is null || now - row.LastUsedAt.Value >= LastUsedResolution)
        {
            await context.ApiKeys.Where(k => k.Id == row.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            row.LastUsedAt = now;
        }

        return Info(row);
    }

    private static bool TryKeyId(string presented, out string keyId)
    {
        keyId = "";
        if (presented is null || presented.Length > 128 || !presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var end = presented.IndexOf('_', Prefix.Length);
        if (end != Prefix.Length + 12)
        {
            return false;
        }

        keyId = presented[Prefix.Length..end];
        return true;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyInfo Info(ApiKeyRecord row) => new(
        row.KeyId,
        row.Name,
        row.Scope == ApiKeyScopes.ReadWrite ? ApiKeyScope.ReadWrite : ApiKeyScope.Read,
        Utc(row.CreatedAt),
        row.RevokedAt is { } revoked ? Utc(revoked) : null,
        row.LastUsedAt is { } used ? Utc(used) : null);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    internal static string Describe(ApiKeyInfo key) => string.Join('\t',
        key.KeyId, key.Name, ApiKeyScopes.Name(key.Scope), key.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
        key.LastUsedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never", key.RevokedAt is null ? "active" : "revoked");
}
