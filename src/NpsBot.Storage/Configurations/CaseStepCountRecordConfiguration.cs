using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class CaseStepCountRecordConfiguration : IEntityTypeConfiguration<CaseStepCountRecord>
{
    public void Configure(EntityTypeBuilder<CaseStepCountRecord> builder)
    {
        builder.ToTable("case_step_counts");

        // The key is the cell: the triggers' INSERT ... ON CONFLICT (these columns) adds to it.
        builder.HasKey(c => new { c.CaseSteps, c.Category, c.ChannelId, c.Locale, c.Theme, c.Score, c.Assignee, c.RatingAgent });
        builder.Property(c => c.CaseSteps).HasColumnName("case_steps");
        builder.Property(c => c.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.Theme).HasColumnName("theme").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Category).HasColumnName("category").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.Score).HasColumnName("score");
        builder.Property(c => c.Assignee).HasColumnName("assignee").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.RatingAgent).HasColumnName("rating_agent").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.Cases).HasColumnName("cases");
        builder.Property(c => c.Rated).HasColumnName("rated");
        builder.Property(c => c.RatingSum).HasColumnName("rating_sum");
    }
}
