using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class ThemeLabelRecordConfiguration : IEntityTypeConfiguration<ThemeLabelRecord>
{
    public void Configure(EntityTypeBuilder<ThemeLabelRecord> builder)
    {
        builder.ToTable("theme_labels");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id");
        builder.Property(l => l.ResponseId).HasColumnName("response_id");
        builder.Property(l => l.Theme).HasColumnName("theme").HasMaxLength(StorageLimits.Name);
        builder.Property(l => l.Source).HasColumnName("source").HasMaxLength(StorageLimits.Code);
        builder.Property(l => l.ModelVersion).HasColumnName("model_version").HasMaxLength(StorageLimits.Name);
        builder.Property(l => l.Evidence).HasColumnName("evidence");
        builder.Property(l => l.Confidence).HasColumnName("confidence");
        builder.Property(l => l.At).HasColumnName("at");
        builder.Property(l => l.By).HasColumnName("by").HasMaxLength(StorageLimits.Name);
        builder.Property(l => l.Reason).HasColumnName("reason");
        builder.HasOne<SurveyResponseRecord>().WithMany().HasForeignKey(l => l.ResponseId).OnDelete(DeleteBehavior.Cascade);

        // Every reader takes one response's labels (its newest of a source, its history, the agreement and the training
        // set per response). A (source, at) index went in migration ThemeLabelsByResponseOnly (issue 13, disk): no query
        // used it, and it took 45 bytes per conversation on SQLite.
        builder.HasIndex(l => new { l.ResponseId, l.Id });
    }
}
