using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class DirectLineActivityRecordConfiguration : IEntityTypeConfiguration<DirectLineActivityRecord>
{
    public void Configure(EntityTypeBuilder<DirectLineActivityRecord> builder)
    {
        builder.ToTable("directline_activities");

        // The watermark is a sequence per conversation, so the pair is the key and reads by watermark are range scans.
        builder.HasKey(a => new { a.ConversationId, a.Watermark });
        builder.Property(a => a.ConversationId).HasColumnName("conversation_id").HasMaxLength(StorageLimits.Key);
        builder.Property(a => a.Watermark).HasColumnName("watermark");
        builder.Property(a => a.ClientActivityId).HasColumnName("client_activity_id").HasMaxLength(StorageLimits.Key);
        builder.Property(a => a.AwaitingReply).HasColumnName("awaiting_reply");
        builder.Property(a => a.Bytes).HasColumnName("bytes");
        builder.Property(a => a.Timestamp).HasColumnName("timestamp");
        builder.Property(a => a.Payload).HasColumnName("payload");

        // A retried post (same client activity id) finds its first row; NULLs (bot replies) never collide.
        builder.HasIndex(a => new { a.ConversationId, a.ClientActivityId }).IsUnique();

        // Recovery looks for the few rows still waiting for their replies.
        builder.HasIndex(a => a.Timestamp).HasFilter("awaiting_reply = 1").HasDatabaseName("IX_directline_activities_awaiting");
    }
}
