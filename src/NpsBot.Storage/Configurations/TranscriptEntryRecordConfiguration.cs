using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class TranscriptEntryRecordConfiguration : IEntityTypeConfiguration<TranscriptEntryRecord>
{
    public void Configure(EntityTypeBuilder<TranscriptEntryRecord> builder)
    {
        builder.ToTable("transcript_entries");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.ConversationNumber).HasColumnName("conversation_number");
        builder.Property(t => t.Direction).HasColumnName("direction").HasMaxLength(StorageLimits.Code);
        builder.Property(t => t.ActivityId).HasColumnName("activity_id").HasMaxLength(StorageLimits.Key);
        builder.Property(t => t.Type).HasColumnName("type").HasMaxLength(StorageLimits.Code);
        builder.Property(t => t.Text).HasColumnName("text");
        builder.Property(t => t.TextId).HasColumnName("text_id");
        builder.Property(t => t.RawText).HasColumnName("raw_text");
        builder.Property(t => t.FromId).HasColumnName("from_id").HasMaxLength(StorageLimits.Key);
        builder.Property(t => t.FromName).HasColumnName("from_name").HasMaxLength(StorageLimits.Name);
        builder.Property(t => t.At).HasColumnName("at").HasConversion<UnixMillisecondsConverter>();

        // The conversation alone (issue 13, disk): every reader takes one conversation's lines in id order (the rowid the
        // index holds), and a period within a conversation is a few dozen lines filtered in place; `at` in the index cost
        // about 30 bytes a line. The conversation's number, not its key (a long Direct Line or Teams id once per line,
        // twice with the index): readers find the number from the key in `conversations` (TranscriptLines.Of).
        builder.HasIndex(t => t.ConversationNumber);
    }
}
