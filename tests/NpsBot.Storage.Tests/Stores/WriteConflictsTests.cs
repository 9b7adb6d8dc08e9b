using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Storage.Dialects;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Tests.Stores;

/// <summary>
/// <see cref="IWriteConflicts"/> on the provider the tests run on: a unique key another transaction took first is a
/// lost race on PostgreSQL (the Direct Line log runs its append again) and never on SQLite, where BEGIN IMMEDIATE
/// serializes writers; a failure that is no database conflict is never one.
/// </summary>
public sealed class WriteConflictsTests
{
    [Fact]
    public async Task A_unique_key_taken_by_another_committed_write_is_a_lost_race_only_on_postgres()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        var conflicts = database.Services.GetRequiredService<IWriteConflicts>();
        await using (var first = await database.OpenContextAsync())
        {
            first.DirectLineConversations.Add(Conversation());
            await first.SaveChangesAsync(ct);
        }

        await using var second = await database.OpenContextAsync();
        second.DirectLineConversations.Add(Conversation());
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(ct));

        Assert.Equal(database.Options.IsPostgres, conflicts.IsLostRace(failure));
        Assert.False(conflicts.IsLostRace(new InvalidOperationException("not a database conflict")));
    }

    private static DirectLineConversationRecord Conversation() => new()
    {
        Id = "same-conversation",
        UserId = "dl_user",
        CreatedAt = DateTime.UtcNow,
        LastUsedAt = DateTime.UtcNow,
        LastActivityAt = DateTime.UtcNow,
    };
}
