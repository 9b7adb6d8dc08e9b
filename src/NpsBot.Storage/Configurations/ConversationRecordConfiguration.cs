using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.ConversationKey);
        builder.Property(c => c.ConversationKey).HasColumnName("conversation_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.Number).HasColumnName("number");
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.CustomerId).HasColumnName("customer_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.CustomerName).HasColumnName("customer_name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.Mode).HasColumnName("mode").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.StateJson).HasColumnName("state_json");

        // The turn store bumps the version in SQL (UPDATE ... WHERE version = @expected); EF writes check it too.
        builder.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
