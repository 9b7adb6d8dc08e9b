using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class CaseEventRecordConfiguration : IEntityTypeConfiguration<CaseEventRecord>
{
    public void Configure(EntityTypeBuilder<CaseEventRecord> builder)
    {
        builder.ToTable("case_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CaseId).HasColumnName("case_id");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(StorageLimits.Code);
        builder.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(StorageLimits.Key);
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Detail).HasColumnName("detail");

        // The case alone (issue 13, disk): every reader takes one case's few events (the desk's timeline in id order, the
        // conversation view by time, the handoff's "has an agent acted", forget) and orders them in place; `at` in the
        // index was 27 bytes an event that no reader seeks on. By the case's id, not its key (migration CaseEventsByCaseId:
        // about 70 bytes a conversation, in the rows and the index); no foreign key, as before: forget deletes both.
        builder.HasIndex(e => e.CaseId);
    }
}
