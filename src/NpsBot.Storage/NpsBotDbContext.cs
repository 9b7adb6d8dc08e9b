using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage;

/// <summary>
/// The one EF Core model of NpsBot. Timestamps are UTC <see cref="DateTime"/> values: EF's SQLite provider cannot
/// compare or order <see cref="DateTimeOffset"/>, and UTC <see cref="DateTime"/> maps to timestamptz on PostgreSQL.
/// The console's users and roles are ASP.NET Core Identity's tables in the same database (issue 9).
/// This type is the SQLite context (its migrations are in <c>Migrations/Sqlite</c>); <see cref="PostgresDbContext"/>
/// is the same model on PostgreSQL, a type of its own only so that EF keeps its migrations apart.
/// </summary>
public class NpsBotDbContext : IdentityDbContext<ConsoleUser>
{
    public NpsBotDbContext(DbContextOptions<NpsBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's own context type (<see cref="PostgresDbContext"/>).</summary>
    protected NpsBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    public DbSet<TranscriptEntryRecord> TranscriptEntries => Set<TranscriptEntryRecord>();

    public DbSet<TranscriptTextRecord> TranscriptTexts => Set<TranscriptTextRecord>();

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

    /// <summary>SMS sent through Twilio and their delivery reports (status callbacks).</summary>
    public DbSet<SmsMessageRecord> SmsMessages => Set<SmsMessageRecord>();

    /// <summary>REST API keys (hashed); see the top README.</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>Webhook subscriptions (secret encrypted).</summary>
    public DbSet<WebhookSubscriptionRecord> WebhookSubscriptions => Set<WebhookSubscriptionRecord>();

    /// <summary>The newest delivery attempts per webhook subscription (the admin page's list).</summary>
    public DbSet<WebhookDeliveryRecord> WebhookDeliveries => Set<WebhookDeliveryRecord>();

    /// <summary>Every theme label a response got, with its source (issue 10, theme governance).</summary>
    public DbSet<ThemeLabelRecord> ThemeLabels => Set<ThemeLabelRecord>();

    /// <summary>The dashboard's daily rollup of scored responses, kept by triggers (issue 10).</summary>
    public DbSet<ResponseDayCountRecord> ResponseDayCounts => Set<ResponseDayCountRecord>();
    public DbSet<ResponsePeriodCountRecord> ResponsePeriodCounts => Set<ResponsePeriodCountRecord>();

    /// <summary>The dashboard's rollup of cases by steps and response cell, kept by triggers (issue 10).</summary>
    public DbSet<CaseStepCountRecord> CaseStepCounts => Set<CaseStepCountRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        Configurations.ConsoleIdentityConfiguration.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NpsBotDbContext).Assembly);
        Insights.SqliteFunctions.Register(builder, Database.ProviderName);
        if (Database.ProviderName == SqliteProvider)
        {
            Configurations.IntegerTimes.Apply(builder);
        }
    }

    /// <summary>EF Core's name of the SQLite provider (<c>Database.ProviderName</c>).</summary>
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
}
