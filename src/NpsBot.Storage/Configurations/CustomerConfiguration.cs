using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.ChannelUserId).HasColumnName("channel_user_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.AadObjectId).HasColumnName("aad_object_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.TenantId).HasColumnName("tenant_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.OptedOut).HasColumnName("opted_out");
        builder.Property(c => c.LastSurveyedAt).HasColumnName("last_surveyed_at");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(c => new { c.ChannelId, c.ChannelUserId }).IsUnique();
    }
}
