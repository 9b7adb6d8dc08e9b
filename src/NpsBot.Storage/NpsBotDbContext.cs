using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage;

/// <summary>
/// The one EF Core model of NpsBot. Timestamps are UTC <see cref="DateTime"/> values: EF's SQLite provider cannot
/// compare or order <see cref="DateTimeOffset"/>, and UTC <see cref="DateTime"/> maps to timestamptz on PostgreSQL.
/// The console's users and roles are ASP.NET Core Identity's tables in the same database (issue 9).
/// </summary>
public sealed class NpsBotDbContext(DbContextOptions<NpsBotDbContext> options) : IdentityDbContext<ConsoleUser>(options)
{
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    public DbSet<TranscriptEntryRecord> TranscriptEntries => Set<TranscriptEntryRecord>();

    public DbSet<SurveyResponseRecord> SurveyResponses => Set<SurveyResponseRecord>();

    public DbSet<Customer> Customers => Set<Customer>();

    /// <summary>The durable work queue; see <see cref="Work.WorkQueueEntries"/> to add a job from code outside a turn.</summary>
    public DbSet<WorkItemRecord> WorkItems => Set<WorkItemRecord>();

    public DbSet<DirectLineConversationRecord> DirectLineConversations => Set<DirectLineConversationRecord>();

    public DbSet<DirectLineActivityRecord> DirectLineActivities => Set<DirectLineActivityRecord>();

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<CaseEventRecord> CaseEvents => Set<CaseEventRecord>();

    public DbSet<DiscountCodeRecord> DiscountCodes => Set<DiscountCodeRecord>();

    /// <summary>Proactive survey invites (one per company event).</summary>
    public DbSet<SurveyInviteRecord> SurveyInvites => Set<SurveyInviteRecord>();

    /// <summary>REST API keys (hashed); see the top README.</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>Webhook subscriptions (secret encrypted).</summary>
    public DbSet<WebhookSubscriptionRecord> WebhookSubscriptions => Set<WebhookSubscriptionRecord>();

    /// <summary>Every theme label a response got, with its source (issue 10, theme governance).</summary>
    public DbSet<ThemeLabelRecord> ThemeLabels => Set<ThemeLabelRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        Configurations.ConsoleIdentityConfiguration.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NpsBotDbContext).Assembly);
        Insights.SqliteFunctions.Register(builder);
    }
}
