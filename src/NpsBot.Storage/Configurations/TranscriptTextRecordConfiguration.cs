using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class TranscriptTextRecordConfiguration : IEntityTypeConfiguration<TranscriptTextRecord>
{
    public void Configure(EntityTypeBuilder<TranscriptTextRecord> builder)
    {
        builder.ToTable("transcript_texts");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");

        // Unique: two instances learning the same text find one row (TurnSql.LearnSharedText).
        builder.Property(t => t.Text).HasColumnName("text");
        builder.HasIndex(t => t.Text).IsUnique();
    }
}
