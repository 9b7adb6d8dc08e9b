using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class DiscountCodeRecordConfiguration : IEntityTypeConfiguration<DiscountCodeRecord>
{
    public void Configure(EntityTypeBuilder<DiscountCodeRecord> builder)
    {
        builder.ToTable("discount_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.Pool).HasColumnName("pool").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.Code).HasColumnName("code").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.ImportedAt).HasColumnName("imported_at");
        builder.Property(c => c.CaseKey).HasColumnName("case_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.IssuedAt).HasColumnName("issued_at");

        // A code exists once per pool; the free codes of a pool are found by (pool, case_key IS NULL).
        builder.HasIndex(c => new { c.Pool, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.Pool, c.CaseKey });
    }
}
