using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class SmsMessageRecordConfiguration : IEntityTypeConfiguration<SmsMessageRecord>
{
    public void Configure(EntityTypeBuilder<SmsMessageRecord> builder)
    {
        builder.ToTable("sms_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id");
        builder.Property(m => m.MessageSid).HasColumnName("message_sid").HasMaxLength(StorageLimits.Code + 8);
        builder.Property(m => m.Recipient).HasColumnName("recipient").HasMaxLength(StorageLimits.Key);
        builder.Property(m => m.Status).HasColumnName("status").HasMaxLength(StorageLimits.Code);
        builder.Property(m => m.ErrorCode).HasColumnName("error_code");
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(m => m.MessageSid).IsUnique();
        builder.HasIndex(m => m.Recipient);
    }
}
