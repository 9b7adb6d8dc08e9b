using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("processed_activities");

        // The pair is the key: a second insert of the same activity id is the duplicate the runner must detect.
        builder.HasKey(p => new { p.ConversationKey, p.ActivityId });
        builder.Property(p => p.ConversationKey).HasColumnName("conversation_key").HasMaxLength(StorageLimits.Key);
        builder.Property(p => p.ActivityId).HasColumnName("activity_id").HasMaxLength(StorageLimits.Key);
        builder.Property(p => p.RepliesJson).HasColumnName("replies_json");
        builder.Property(p => p.ProcessedAt).HasColumnName("processed_at");
    }
}
