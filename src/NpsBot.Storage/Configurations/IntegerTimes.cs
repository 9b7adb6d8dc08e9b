using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

/// <summary>
/// On SQLite, the times of the rows a conversation leaves behind are Unix milliseconds (issue 13, disk): 6 bytes in a
/// record instead of 27 for EF's ISO text, in the rows and again in the dashboard's covering indexes (about 445 bytes a
/// conversation). The transcript's lines were first (<see cref="UnixMillisecondsConverter"/>, both providers); these
/// tables follow on SQLite only (migration <c>IntegerTimes</c>), PostgreSQL keeps <c>timestamptz</c> (8 bytes already,
/// and its SQL reads them as times). SQL written by hand binds these columns' values through
/// the dialect and reads them with <c>StoredTimes</c>.
/// </summary>
public static class IntegerTimes
{
    /// <summary>The entity types whose <see cref="DateTime"/> properties SQLite stores as Unix milliseconds.</summary>
    public static readonly IReadOnlyList<Type> Entities =
        [typeof(ConversationRecord), typeof(SurveyResponseRecord), typeof(CaseRecord), typeof(CaseEventRecord), typeof(ThemeLabelRecord)];

    public static void Apply(ModelBuilder builder)
    {
        foreach (var type in Entities)
        {
            foreach (var property in builder.Entity(type).Metadata.GetDeclaredProperties())
            {
                if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(new UnixMillisecondsConverter());
                }
            }
        }
    }
}
