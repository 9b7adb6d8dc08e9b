using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class ApiKeyRecordConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id");
        builder.Property(k => k.KeyId).HasColumnName("key_id").HasMaxLength(StorageLimits.Code);
        builder.Property(k => k.Name).HasColumnName("name").HasMaxLength(StorageLimits.Name);
        builder.Property(k => k.Scope).HasColumnName("scope").HasMaxLength(StorageLimits.Code);
        builder.Property(k => k.Hash).HasColumnName("hash").HasMaxLength(64);
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.RevokedAt).HasColumnName("revoked_at");
        builder.Property(k => k.LastUsedAt).HasColumnName("last_used_at");
        builder.HasIndex(k => k.KeyId).IsUnique();
    }
}
