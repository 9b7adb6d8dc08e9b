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
}
