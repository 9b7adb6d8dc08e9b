namespace NpsBot.Storage.Configurations;

/// <summary>Column lengths; SQLite ignores them, PostgreSQL turns them into varchar(n).</summary>
internal static class StorageLimits
{
    public const int Key = 256;
    public const int ChannelId = 64;
    public const int Name = 256;
    public const int Locale = NpsBot.Conversations.Activities.ActivityLimits.MaxLocaleLength;
    public const int Code = 32;
}
