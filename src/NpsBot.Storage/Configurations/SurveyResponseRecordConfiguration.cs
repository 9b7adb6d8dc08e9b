using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class SurveyResponseRecordConfiguration : IEntityTypeConfiguration<SurveyResponseRecord>
{
    public void Configure(EntityTypeBuilder<SurveyResponseRecord> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.ResponseKey).HasColumnName("response_key").HasMaxLength(StorageLimits.Key);
        builder.Property(r => r.ConversationKey).HasColumnName("conversation_key").HasMaxLength(StorageLimits.Key);
        builder.Property(r => r.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(r => r.CustomerId).HasColumnName("customer_id").HasMaxLength(StorageLimits.Key);
        builder.Property(r => r.CustomerName).HasColumnName("customer_name").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.Locale).HasColumnName("locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(r => r.Score).HasColumnName("score");

        // Text, not the enum's number, so reports and exports read the same after the enum changes.
        builder.Property(r => r.Category).HasColumnName("category").HasConversion<string>().HasMaxLength(StorageLimits.Code);
        builder.Property(r => r.Reason).HasColumnName("reason");
        builder.Property(r => r.FollowUpQuestion).HasColumnName("follow_up_question");
        builder.Property(r => r.FollowUpAnswer).HasColumnName("follow_up_answer");
        builder.Property(r => r.WantsContact).HasColumnName("wants_contact");
        builder.Property(r => r.Theme).HasColumnName("theme").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.ThemeConfidence).HasColumnName("theme_confidence");
        builder.Property(r => r.ThemeGuess).HasColumnName("theme_guess").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.ConfirmedTheme).HasColumnName("confirmed_theme").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.ThemeChanged).HasColumnName("theme_changed");
        builder.Property(r => r.Sentiment).HasColumnName("sentiment");
        builder.Property(r => r.EscalationReasons).HasColumnName("escalation_reasons").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.RemediesOffered).HasColumnName("remedies_offered").HasMaxLength(StorageLimits.Name);
        builder.Property(r => r.Remedy).HasColumnName("remedy").HasMaxLength(StorageLimits.Code);
        builder.Property(r => r.HandoffReason).HasColumnName("handoff_reason").HasMaxLength(StorageLimits.Code);
        builder.Property(r => r.CaseKey).HasColumnName("case_key").HasMaxLength(StorageLimits.Key);
        builder.Property(r => r.FollowUpOfCaseKey).HasColumnName("follow_up_of_case_key").HasMaxLength(StorageLimits.Key);
        builder.Property(r => r.EventId).HasColumnName("event_id").HasMaxLength(StorageLimits.Key);
        builder.HasIndex(r => r.EventId);
        builder.Property(r => r.Outcome).HasColumnName("outcome").HasMaxLength(StorageLimits.Code);
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        builder.Property(r => r.CompletedAt).HasColumnName("completed_at");
        builder.HasIndex(r => r.ResponseKey).IsUnique();
        builder.HasIndex(r => r.UpdatedAt);
        builder.HasIndex(r => r.Category);

        // Category then response key (issue 10, 1M rows): the funnel reads the detractors' keys from this index alone
        // and looks each one's case up, instead of a table lookup per detractor for its key. The category index above
        // stays: it lists a band newest first (rowid order) for the drill-down page.
        builder.HasIndex(r => new { r.Category, r.ResponseKey });

        // No index on completed_at nor (outcome, updated_at) (issue 13, disk): no query filters or orders by them (the
        // abandon job finds its response by response_key), and each cost about 40 bytes a survey.

        // The dashboard's figures (issue 10): every filter column and grouped column, so a figure reads this index only
        // (a covering scan, a fifth of the table's bytes) and a period filter reads a range of it.
        builder.HasIndex(r => new { r.StartedAt, r.Category, r.ChannelId, r.Locale, r.Theme, r.Score, r.Outcome });

        // A conversation's responses (issue 10, 1M rows): the conversation view finds the surveys before and after the
        // one shown, and transcript search goes from the few conversations whose lines match to their responses; without
        // it both walked the whole table (a response per conversation is usual, so each lookup reads one or two entries).
        builder.HasIndex(r => r.ConversationKey);

        // Survey fatigue reads a customer's last survey when a conversation starts (issue 13): without this index
        // every new conversation scanned the whole table, so the cost of a turn grew with the number of responses.
        builder.HasIndex(r => new { r.CustomerId, r.StartedAt });
    }
}
