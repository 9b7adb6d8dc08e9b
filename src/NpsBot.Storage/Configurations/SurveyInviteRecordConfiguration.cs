using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class SurveyInviteRecordConfiguration : IEntityTypeConfiguration<SurveyInviteRecord>
{
    public void Configure(EntityTypeBuilder<SurveyInviteRecord> builder)
    {
        builder.ToTable("survey_invites");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id");
        builder.Property(i => i.EventId).HasColumnName("event_id").HasMaxLength(StorageLimits.Key);
        builder.Property(i => i.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(i => i.Recipient).HasColumnName("recipient").HasMaxLength(StorageLimits.Key);
        builder.Property(i => i.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(i => i.Status).HasColumnName("status").HasMaxLength(StorageLimits.Code);
        builder.Property(i => i.Refusal).HasColumnName("refusal").HasMaxLength(StorageLimits.Code);
        builder.Property(i => i.Source).HasColumnName("source").HasMaxLength(StorageLimits.Code);
        builder.Property(i => i.DueAt).HasColumnName("due_at");
        builder.Property(i => i.TimeZone).HasColumnName("time_zone").HasMaxLength(StorageLimits.Key);
        builder.Property(i => i.Deferral).HasColumnName("deferral").HasMaxLength(StorageLimits.Code);
        builder.Property(i => i.SentAt).HasColumnName("sent_at");
        builder.Property(i => i.DeliveryStatus).HasColumnName("delivery_status").HasMaxLength(StorageLimits.Code);
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.Property(i => i.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(i => i.EventId).IsUnique();
        builder.HasIndex(i => new { i.ChannelId, i.Recipient });
        builder.HasIndex(i => i.CreatedAt);
    }
}
