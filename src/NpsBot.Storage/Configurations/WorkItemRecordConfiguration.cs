using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class WorkItemRecordConfiguration : IEntityTypeConfiguration<WorkItemRecord>
{
    public void Configure(EntityTypeBuilder<WorkItemRecord> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id");
        builder.Property(w => w.Kind).HasColumnName("kind").HasMaxLength(StorageLimits.Code * 2);
        builder.Property(w => w.Payload).HasColumnName("payload");
        builder.Property(w => w.OrderKey).HasColumnName("order_key").HasMaxLength(StorageLimits.Key);
        builder.Property(w => w.DueAt).HasColumnName("due_at");
        builder.Property(w => w.Attempts).HasColumnName("attempts");
        builder.Property(w => w.LastError).HasColumnName("last_error");
        builder.Property(w => w.State).HasColumnName("state").HasMaxLength(StorageLimits.Code);
        builder.Property(w => w.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(StorageLimits.Name);
        builder.Property(w => w.LeaseUntil).HasColumnName("lease_until");
        builder.Property(w => w.CreatedAt).HasColumnName("created_at");

        // The claim: due pending rows in due order; the order rule: older pending rows of the same key.
        builder.HasIndex(w => new { w.State, w.DueAt });
        builder.HasIndex(w => new { w.OrderKey, w.Id });
    }
}
