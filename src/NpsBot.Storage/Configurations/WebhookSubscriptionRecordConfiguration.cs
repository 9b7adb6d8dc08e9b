using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class WebhookSubscriptionRecordConfiguration : IEntityTypeConfiguration<WebhookSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<WebhookSubscriptionRecord> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id");
        builder.Property(w => w.Url).HasColumnName("url").HasMaxLength(2048);
        builder.Property(w => w.Events).HasColumnName("events").HasMaxLength(StorageLimits.Name);
        builder.Property(w => w.ProtectedSecret).HasColumnName("protected_secret");
        builder.Property(w => w.CreatedAt).HasColumnName("created_at");
        builder.Property(w => w.DisabledAt).HasColumnName("disabled_at");
        builder.HasIndex(w => w.DisabledAt);
    }
}
