using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Default_database_is_npsbot_db_in_the_data_directory()
    {
        var options = new StorageOptions();

        var dataSource = new SqliteConnectionStringBuilder(options.ResolveConnectionString()).DataSource;

        Assert.Equal(Path.Combine("data", "npsbot.db"), dataSource);
    }

    [Fact]
    public void Connection_string_overrides_the_data_directory()
    {
        var options = new StorageOptions { DataDirectory = "ignored", ConnectionString = "Data Source=elsewhere/bot.db" };

        var dataSource = new SqliteConnectionStringBuilder(options.ResolveConnectionString()).DataSource;

        Assert.Equal("elsewhere/bot.db", dataSource);
        Assert.Equal(Path.GetFullPath("elsewhere"), options.ResolveDirectory());
    }

    [Fact]
    public void PostgreSQL_connections_prepare_their_statements_unless_the_connection_string_says_otherwise()
    {
        var automatic = new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "Host=db;Database=npsbot" };
        var own = new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "Host=db;Database=npsbot;Max Auto Prepare=5" };

        var resolved = new Npgsql.NpgsqlConnectionStringBuilder(automatic.ResolveConnectionString());

        Assert.Equal(StorageOptions.PostgresMaxAutoPrepare, resolved.MaxAutoPrepare);
        Assert.True(resolved.Pooling);
        Assert.Equal("db", resolved.Host);
        Assert.Equal(5, new Npgsql.NpgsqlConnectionStringBuilder(own.ResolveConnectionString()).MaxAutoPrepare);
    }
}
