using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class DirectLineConversationRecordConfiguration : IEntityTypeConfiguration<DirectLineConversationRecord>
{
    public void Configure(EntityTypeBuilder<DirectLineConversationRecord> builder)
    {
        builder.ToTable("directline_conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.UserId).HasColumnName("user_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.UserName).HasColumnName("user_name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.Watermark).HasColumnName("watermark");
        builder.Property(c => c.Bytes).HasColumnName("bytes");
        builder.Property(c => c.Greeted).HasColumnName("greeted");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.LastUsedAt).HasColumnName("last_used_at");
        builder.Property(c => c.LastActivityAt).HasColumnName("last_activity_at");
        builder.HasIndex(c => c.LastUsedAt);
    }
}
