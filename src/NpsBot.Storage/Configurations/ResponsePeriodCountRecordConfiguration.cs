using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class ResponsePeriodCountRecordConfiguration : IEntityTypeConfiguration<ResponsePeriodCountRecord>
{
    public void Configure(EntityTypeBuilder<ResponsePeriodCountRecord> builder)
    {
        builder.ToTable("response_period_counts");

        // The key is the cell: the triggers' INSERT ... ON CONFLICT (these columns) adds to it.
        builder.HasKey(c => new { c.Grain, c.Start, c.ChannelId, c.Locale, c.Theme, c.Category, c.Score });
        builder.Property(c => c.Grain).HasColumnName("grain").HasMaxLength(1);
        builder.Property(c => c.Start).HasColumnName("start");
        builder.Property(c => c.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.Theme).HasColumnName("theme").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Category).HasColumnName("category").HasConversion<string>().HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.Score).HasColumnName("score");
        builder.Property(c => c.Responses).HasColumnName("responses");
        builder.Property(c => c.Completed).HasColumnName("completed");

        // The trend and the themes over time group a grain's cells by start and category (and theme): in this order the
        // GROUP BY walks the index with no sort, reading no table row (the weekly trend over two years is about 130,000
        // week cells at 1M responses; issue 10). GROUP BY terms match an index in any order. Channel and locale come last
        // so a channel or locale filter is checked in the index too: without them each week cell was looked up in the
        // table for its channel or locale (weekly trend under "sms" 347 ms p95 at 1M; migration PeriodCellsByChannelAndLocale).
        builder.HasIndex(c => new { c.Grain, c.Start, c.Category, c.Theme, c.Responses, c.ChannelId, c.Locale });
    }
}
