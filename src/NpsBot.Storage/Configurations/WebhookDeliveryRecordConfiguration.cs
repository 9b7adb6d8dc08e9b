using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class WebhookDeliveryRecordConfiguration : IEntityTypeConfiguration<WebhookDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRecord> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.SubscriptionId).HasColumnName("subscription_id");
        builder.Property(d => d.EventId).HasColumnName("event_id").HasMaxLength(StorageLimits.Name);
        builder.Property(d => d.EventType).HasColumnName("event_type").HasMaxLength(StorageLimits.Name);
        builder.Property(d => d.Attempt).HasColumnName("attempt");
        builder.Property(d => d.StatusCode).HasColumnName("status_code");
        builder.Property(d => d.Outcome).HasColumnName("outcome").HasMaxLength(32);
        builder.Property(d => d.Error).HasColumnName("error").HasMaxLength(1024);
        builder.Property(d => d.At).HasColumnName("at");
        builder.HasIndex(d => new { d.SubscriptionId, d.Id });
    }
}
