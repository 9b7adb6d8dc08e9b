using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage;

/// <summary>
/// The one model of <see cref="NpsBotDbContext"/> on PostgreSQL. EF Core finds a context's migrations by its type, so
/// two providers with two migration sets are two context types (EF's "multiple context types" way); this one adds no
/// table, only what PostgreSQL spells differently. Its migrations are in <c>Migrations/Postgres</c>.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : NpsBotDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // SQLite has no boolean type (a flag is 0 or 1); PostgreSQL's boolean is not compared with an integer.
        builder.Entity<DirectLineActivityRecord>().HasIndex(a => a.Timestamp).HasFilter("awaiting_reply");

        // Several instances insert conversations at once: the number comes from a sequence (SQLite: the largest + 1 in
        // the INSERT, under its one write lock; see SqlDialect.NextConversationNumber).
        builder.Entity<ConversationRecord>().Property(c => c.Number).UseIdentityByDefaultColumn();
    }
}
