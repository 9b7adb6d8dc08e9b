using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace NpsBot.Storage.Tests;

public sealed class DatabaseInitializerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_creates_the_database_file_and_applies_every_migration()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);

        await using var context = await database.OpenContextAsync();

        Assert.True(File.Exists(Path.Combine(database.Options.ResolveDirectory()!, StorageOptions.DatabaseFileName)));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public async Task Model_has_no_change_missing_from_the_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var context = await database.OpenContextAsync();

        Assert.False(context.Database.HasPendingModelChanges(), "Run dotnet ef migrations add (see src/NpsBot.Storage/README.md).");
    }

    [Fact]
    public async Task Initialize_applies_every_migration_of_the_provider_the_tests_run_on()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using var context = await database.OpenContextAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public void The_PostgreSQL_model_has_no_change_missing_from_its_migrations()
    {
        using var context = new PostgresDbContextFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh NAME (see src/NpsBot.Storage/README.md).");
    }

    [Fact]
    public async Task Initialize_leaves_the_database_in_WAL_mode_for_every_later_connection()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);

        await using var connection = new SqliteConnection(database.Options.ResolveConnectionString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = (string?)await command.ExecuteScalarAsync(Ct);

        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task A_fresh_connection_commits_with_synchronous_FULL()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);

        var unpooled = new SqliteConnectionStringBuilder(database.Options.ResolveConnectionString()) { Pooling = false };
        await using var connection = new SqliteConnection(unpooled.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var synchronous = (long?)await command.ExecuteScalarAsync(Ct);

        Assert.Equal(2, synchronous);
    }

    [Fact]
    public async Task Initialize_twice_keeps_the_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0), Ct);

        await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);

        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
    }
}
