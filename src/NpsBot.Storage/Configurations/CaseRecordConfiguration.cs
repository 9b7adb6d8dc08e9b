using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpsBot.Recovery.Cases;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

public sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    /// <summary>A case in the handoff queue: handed to a person, not answered yet, still open.</summary>
    internal const string WaitingLineFilter =
        $"handoff_reason IS NOT NULL AND first_contact_at IS NULL AND status <> '{CaseStatus.Resolved}' AND status <> '{CaseStatus.ClosedUnresolved}'";

    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.CaseKey).HasColumnName("case_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.ResponseKey).HasColumnName("response_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.ConversationKey).HasColumnName("conversation_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.ChannelId).HasColumnName("channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.CustomerId).HasColumnName("customer_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.Priority).HasColumnName("priority");
        builder.Property(c => c.Score).HasColumnName("score");
        builder.Property(c => c.Theme).HasColumnName("theme").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.EscalationReasons).HasColumnName("escalation_reasons").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.HandoffReason).HasColumnName("handoff_reason").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.RemediesOffered).HasColumnName("remedies_offered").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.Remedy).HasColumnName("remedy").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.PackageJson).HasColumnName("package_json");
        builder.Property(c => c.Assignee).HasColumnName("assignee").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.OpenedAt).HasColumnName("opened_at");
        builder.Property(c => c.FirstContactDue).HasColumnName("first_contact_due");
        builder.Property(c => c.ResolutionDue).HasColumnName("resolution_due");
        builder.Property(c => c.FirstContactAt).HasColumnName("first_contact_at");
        builder.Property(c => c.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(c => c.RootCause).HasColumnName("root_cause");
        builder.Property(c => c.ActionTaken).HasColumnName("action_taken");
        builder.Property(c => c.Overdue).HasColumnName("overdue");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Property(c => c.AssigneeName).HasColumnName("assignee_name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.FirstContactSeconds).HasColumnName("first_contact_seconds");
        builder.Property(c => c.BusinessFirstContactSeconds).HasColumnName("business_first_contact_seconds");
        builder.Property(c => c.ResolutionSeconds).HasColumnName("resolution_seconds");
        builder.Property(c => c.BusinessResolutionSeconds).HasColumnName("business_resolution_seconds");
        builder.Property(c => c.HelpedById).HasColumnName("helped_by_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.HelpedByName).HasColumnName("helped_by_name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.HelpRating).HasColumnName("help_rating");
        builder.Property(c => c.HelpRatingAgentId).HasColumnName("help_rating_agent_id").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.HelpRatingAgentName).HasColumnName("help_rating_agent_name").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.HelpRatedAt).HasColumnName("help_rated_at");
        builder.Property(c => c.FollowUpDueAt).HasColumnName("follow_up_due_at");
        builder.Property(c => c.FollowUpResponseKey).HasColumnName("follow_up_response_key").HasMaxLength(StorageLimits.Key);
        builder.Property(c => c.FollowUpScore).HasColumnName("follow_up_score");
        builder.Property(c => c.FollowUpAt).HasColumnName("follow_up_at");
        builder.Property(c => c.ResponseStartedAt).HasColumnName("response_started_at");
        builder.Property(c => c.ResponseChannelId).HasColumnName("response_channel_id").HasMaxLength(StorageLimits.ChannelId);
        builder.Property(c => c.ResponseLocale).HasColumnName("response_locale").HasMaxLength(StorageLimits.Locale);
        builder.Property(c => c.ResponseTheme).HasColumnName("response_theme").HasMaxLength(StorageLimits.Name);
        builder.Property(c => c.ResponseCategory).HasColumnName("response_category").HasConversion<string>().HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.ResponseScore).HasColumnName("response_score");
        builder.Property(c => c.ResponseOutcome).HasColumnName("response_outcome").HasMaxLength(StorageLimits.Code);
        builder.Property(c => c.SecondsToFirstContact).HasColumnName("seconds_to_first_contact");
        builder.Property(c => c.CaseSteps).HasColumnName("case_steps");
        builder.HasIndex(c => c.ConversationKey);
        builder.HasIndex(c => c.CaseKey).IsUnique();

        // One case per response: its key is "case-" + the response key, kept by the survey through score changes
        // (CaseRecords.Write, upserted by that key; seed-demo one per conversation). The figures that count the agent's or
        // a funnel step's cases as responses, and the agent's page shape, rely on it (issue 10).
        builder.HasIndex(c => c.ResponseKey).IsUnique();
        builder.HasIndex(c => new { c.Status, c.Priority, c.FirstContactDue });

        // The handoff queue: the cases handed to a person that nobody has answered yet, and only those (partial). In
        // business hours each handoff counts the ones ahead of it (HandoffWaitingLineStore) from this index alone; without
        // it the count read every case ever opened, on every handoff (issue 13: 1,604 -> 649 turns/s in hours). The
        // filter repeats the count's own terms, as SQLite needs to use a partial index; valid SQL on both providers.
        builder.HasIndex(c => new { c.Priority, c.OpenedAt, c.CaseKey, c.Status, c.HandoffReason, c.FirstContactAt })
            .HasFilter(WaitingLineFilter)
            .HasDatabaseName("IX_cases_waiting_line");

        // The dashboard joins responses to their cases and the agent filter looks a response's case up (issue 10).
        // Covering: every column the funnel, SLA and agent figures read, so each joined case is one index seek and
        // never a second lookup in the table (measured at 1M responses: tests/NpsBot.Benchmarks/README.md).
        builder.HasIndex(c => new
        {
            c.ResponseKey, c.Status, c.Assignee, c.FirstContactAt, c.FirstContactDue, c.ResolvedAt, c.ResolutionDue, c.FollowUpScore,
            c.OpenedAt, c.HelpRating, c.HelpRatingAgentId,
        });

        // Survey fatigue looks a customer's open cases and last handoff up on every channel (by customer id alone)
        // when a conversation starts (issue 13). forget-customer's (channel, customer) lookup seeks it too: the index on
        // (channel_id, customer_id) it had served is gone (issue 13, disk: about 35 bytes per case, no other reader).
        builder.HasIndex(c => c.CustomerId);

        // The case facts (issue 10): the funnel, SLA and agent figures filter the cases by their response's period,
        // category, channel, locale, theme and score and group them by their steps, reading this index alone (the times
        // after the steps: only the SLA's "past due now" of unfinished cases compares them). The second one serves the
        // agent filter and the agents' medians (each agent's contacted cases in the order of their time to first contact),
        // and the response figures under the agent filter (the agent's cases are the agent's responses: with the outcome,
        // the summary's "completed" too).
        builder.HasIndex(c => new
        {
            c.ResponseStartedAt, c.ResponseCategory, c.ResponseChannelId, c.ResponseLocale, c.ResponseTheme, c.ResponseScore, c.CaseSteps,
            c.Assignee, c.FirstContactAt, c.FirstContactDue, c.ResolvedAt, c.ResolutionDue, c.HelpRating, c.HelpRatingAgentId,
        });
        builder.HasIndex(c => new
        {
            c.Assignee, c.SecondsToFirstContact, c.ResponseStartedAt, c.ResponseCategory, c.ResponseChannelId, c.ResponseLocale, c.ResponseTheme,
            c.ResponseScore, c.CaseSteps, c.FirstContactAt, c.FirstContactDue, c.ResolvedAt, c.ResolutionDue, c.HelpRating, c.HelpRatingAgentId,
            c.ResponseOutcome,
        });

        // The cases that may be past a deadline now, by their steps (an IN of a few steps values), with the filter's facts
        // and the deadlines: the SLA and the open cases read the rest from the case rollup (case_step_counts) and only
        // these rows (about one case in six) from the table.
        builder.HasIndex(c => new
        {
            c.CaseSteps, c.ResponseStartedAt, c.ResponseCategory, c.ResponseChannelId, c.ResponseLocale, c.ResponseTheme, c.ResponseScore,
            c.Assignee, c.FirstContactDue, c.ResolutionDue, c.ResolvedAt,
        });
    }
}
